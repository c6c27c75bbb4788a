#pragma once

#include "labtypes.h"

#include <QList>
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
    QString open;    // a session file shown in place of running the lab; "" = run it
    // The window's: in presenter mode; of this size (not full screen) when one is given.
    bool presenter = false;
    QSize size;
};

// The window, open until a person closes it; on `lab.lab` when one was asked for. A session file
// (`lab.open`) that cannot be read is refused on stderr (exit 2) before any window opens.
int showWindow(const LabRun& lab, const QString& workerProgram);
// Runs the lab in the window and saves a picture of it into `path` when the batch ends.
int saveScreenshot(const LabRun& lab, const QString& path, const QString& workerProgram);
// What export-charts asks for: the runs (as `run` makes them), or a saved session's, and the slides
// they go on.
struct ExportRequest {
    QList<RunConfig> runs;
    QString from; // a session file whose runs are drawn, nothing run; "" = run `runs`
    QString outDir;
    QSize size;
    bool pdf = false;
    bool caption = true;
};

// Does the runs (or opens the session file) in a window drawn off screen and writes its charts as
// slides and the session into `outDir`, with a PDF handout when asked. A session file that cannot be
// read is refused on stderr (exit 2).
int exportCharts(const ExportRequest& request, const QString& workerProgram);

} // namespace Lab::Gui
