#pragma once

#include <QTextBrowser>

namespace Lab {

// The seed's table of techniques, and for the chosen lab what to look for in the charts; for a
// mistakes lab, the mistake and its fix in Python.
class ExplanationPanel final : public QTextBrowser {
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget* parent = nullptr);
    void setLab(int lab); // 0 to labCount - 1, or labCount for a custom experiment
    // The seed's table of which technique suits which work, with its heading, as HTML.
    static QString techniqueTable();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString lookFor() const;
    QString mistakeAndFix() const;
    int m_lab = 0;
};

} // namespace Lab
