#pragma once

#include <QSize>
#include <QString>

// The commands that need a window: the window for a person, --screenshot and export-charts. Their
// options are checked before (cli/commandline.h); these only run them.
namespace Lab::Gui {

// Before the QApplication exists: a window drawn for a file needs no screen, so without one it is
// drawn off screen.
void offscreenWithoutDisplay();

// After: the language (`language`, else the one chosen last time, else the system's) and a font
// that draws Thai.
void startInterface(const QString& language);

struct LabRun {
    int lab = -1;    // -1: the lab chosen last time
    QString runtime; // cpp, python or both
    // The window's: in presenter mode; of this size (not full screen) when one is given.
    bool presenter = false;
    QSize size;
};

// The window, open until a person closes it; on `lab.lab` when one was asked for.
int showWindow(const LabRun& lab, const QString& workerProgram);
// Runs the lab in the window and saves a picture of it into `path` when the batch ends.
int saveScreenshot(const LabRun& lab, const QString& path, const QString& workerProgram);
// Runs the lab in a window of the export size and writes its charts and session into `outDir`.
int exportCharts(const LabRun& lab, const QString& outDir, const QString& workerProgram);

} // namespace Lab::Gui
