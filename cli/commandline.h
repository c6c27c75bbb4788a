#pragma once

#include "cliargs.h"

#include <QSize>
#include <QString>
#include <QStringList>

// The one front of every command: what was asked for, checked before any window exists, so that
// --help, --version and every refusal work without a display.
namespace Lab::Cli {

enum class Command { Window, Run, ExportCharts, Bench, FanoutProbe, Worker };

struct WindowArgs {
    int lab = -1;           // the lab the window opens on; -1: the one chosen last time
    QString screenshot;     // run the lab and save a picture of the window here; "" = for a person
    QString runtime;        // with --screenshot: cpp, python or both
    bool presenter = false; // open in presenter mode
    QSize size;             // the window's size, not full screen even in presenter mode; empty: as saved
    QString open;           // a session file to show; "" = none
};

// export-charts: the runs come from `run`'s options (Invocation::run); these say where the slides go.
struct ExportArgs {
    QString outDir;
    QString from; // a session file whose charts to export, in place of running anything; "" = none
    QSize size{1600, 1000};
    bool pdf = false;    // a handout too: DIR/handout.pdf
    bool caption = true; // the line of what ran, when and on what, at each slide's foot
};

struct BenchArgs {
    bool quick = false;
    int repeats = 3;
    QString jsonPath;
    QString python; // "" = python3 on PATH; "none" = the engine alone
    QStringList only;
    int probeTasks = 0; // FanoutProbe: the fan-out of one child process
};

struct Invocation {
    Command command = Command::Window;
    QString language; // th or en; "" = the window's saved choice, else the system's
    QString print;    // --help or --version: printed on standard output, exit 0
    QString error;    // one line for standard error, with the command's name; exit 2
    CliOptions run;
    WindowArgs window;
    ExportArgs exportCharts;
    BenchArgs bench;
    QStringList qtArguments; // the window's options for Qt itself (-platform, -style, …)
};

struct Context {
    QString workerProgram; // what the process pool starts
    QString runsBase;      // where a run's folder is made when --out is not given
};

// `arguments` come without the program's name. Messages are in the installed language.
Invocation parseCommandLine(const QStringList& arguments, const Context& context);

// The value of --lang when it names a language of the app, so that even the refusals of the
// other options come in it; "" otherwise.
QString requestedLanguage(const QStringList& arguments);

} // namespace Lab::Cli
