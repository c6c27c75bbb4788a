#pragma once

#include <QMainWindow>

class QLabel;

namespace Lab {

// A placeholder: the charts, panels and exports come with the GUI issue.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_message;
};

} // namespace Lab
