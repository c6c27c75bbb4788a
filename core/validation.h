#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The rules of the parameters a person types, in one place for every door: the command line and
// the experiment panel check the same text the same way and name the same reason. Messages name
// the value and what is allowed, without the field: each door puts its own name in front
// ("--n: …", "n values: …").
namespace Lab::Check {

template <class T>
struct Checked {
    T value{};
    QString error; // empty when the value is allowed
    bool ok() const { return error.isEmpty(); }
};

Checked<qint64> wholeNumber(const QString& text, qint64 min, qint64 max);
// Cities separated by commas, each 1 to 100 characters once trimmed, at most maxTasks of them.
Checked<QStringList> cities(const QString& text);
// Sizes of the sums of squares separated by commas, each 1 to maxSquaresN ÷ scale, at least one.
Checked<QList<qint64>> squaresN(const QString& text, int scale);
// Pool sizes of a scaling sweep separated by commas, each 1 to `max` and given once, 2 to
// maxSweepPoints of them; in the order given.
Checked<QList<int>> workerSweep(const QString& text, int max);
// A guess of a run's wall time in seconds, 0 to maxPredictionS with up to 3 decimals ("6", "2.5"),
// in milliseconds. Written as people write seconds: no exponent, no sign.
Checked<qint64> predictionMs(const QString& text);
// A Dask scheduler's address as dask-scheduler prints it: tcp://HOST:PORT (or tls://), the port
// 1 to 65535.
Checked<QString> schedulerAddress(const QString& text);
// The other way: as many decimals as the guess has, and its text as predictionMs() reads it ("2.5").
int predictionDecimals(qint64 ms);
QString predictionText(qint64 ms);

// The folder a session's runs write into when none is given: `base`/<UTC time to the millisecond>.
QString newRunFolder(const QString& base, const QDateTime& now = QDateTime::currentDateTimeUtc());

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Check)
};

} // namespace Lab::Check
