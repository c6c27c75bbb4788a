#pragma once

#include <QPlainTextEdit>

namespace Lab {

// The narrative of the runs as it happens, the lines the CLI prints.
class ConsoleView final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ConsoleView(QWidget* parent = nullptr);
    void appendLines(const QStringList& lines);
};

} // namespace Lab
