#pragma once

#include "chartexport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFileDialog;

namespace Lab {

// The size of a slide and whether it carries its caption, added below an export's file dialog
// (Qt's own dialog, whose layout takes extra rows).
class SlideOptions final : public QWidget {
    Q_OBJECT
public:
    explicit SlideOptions(QFileDialog* dialog);

    QSize size() const;
    bool withCaption() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QComboBox* m_size;
    QCheckBox* m_caption;
};

} // namespace Lab
