#include "report/jsonimport.h"

#include "report/jsonexport.h"
#include "report/jsonfields.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Lab::Export {

using Read::Bad;
using Read::Tr;

namespace {

constexpr QStringView schemaPrefix = u"concurrency-lab/runs@";

int versionOf(QStringView schemaText)
{
    return int(QStringView(schemaText).mid(schemaText.lastIndexOf(u'@') + 1).toInt());
}

const int readableVersion = versionOf(schema);

QString notASession()
{
    return Tr::tr("not a Concurrency Lab session");
}

QJsonObject documentOf(const QByteArray& json)
{
    const QByteArray start = json.left(64).trimmed();
    if (json.trimmed().isEmpty())
        throw Bad{Tr::tr("the file is empty")};
    if (!start.startsWith('{'))
        throw Bad{notASession()};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError)
        return doc.object();
    // Qt says where it stopped: at the end of a file cut short, else where the bytes went wrong.
    const bool cut = error.offset >= json.trimmed().size() - 1;
    throw Bad{Tr::tr("damaged at byte %1: %2")
                  .arg(error.offset)
                  .arg(cut ? Tr::tr("the file ends too soon") : Tr::tr("this is not JSON"))};
}

// The schema it says it has; refused unless this app can read it.
int checkedVersion(const QJsonObject& doc)
{
    const QString said = doc.value("schema"_L1).toString();
    if (!said.startsWith(schemaPrefix))
        throw Bad{notASession()};
    bool number = false;
    const int version = said.sliced(schemaPrefix.size()).toInt(&number);
    if (!number || version < 1)
        throw Bad{notASession()};
    if (version > readableVersion)
        throw Bad{Tr::tr("made by a newer version: schema %1, this app reads @%2 and older")
                      .arg(said)
                      .arg(readableVersion)};
    return version;
}

MachineInfo machineOf(const QJsonObject& doc)
{
    const Read::Fields m = Read::Fields::of(doc.value("machine"_L1), {-1, "machine"});
    return {m.integer32("cores"_L1), m.text("cpu_model"_L1), m.text("os"_L1), m.text("qt"_L1),
            m.text("app"_L1)};
}

SessionFile read(const QByteArray& json)
{
    const QJsonObject doc = documentOf(json);
    SessionFile file;
    file.version = checkedVersion(doc);
    file.machine = machineOf(doc);
    const Read::Fields top(doc, {});
    const QJsonArray runs = top.list("runs"_L1);
    file.runs.reserve(runs.size());
    for (qsizetype i = 0; i < runs.size(); ++i)
        file.runs.append(Read::readRun(runs.at(i), int(i), file.version));
    return file;
}

} // namespace

std::variant<SessionFile, QString> readSessionJson(const QByteArray& json)
{
    try {
        return read(json);
    } catch (const Bad& bad) {
        return bad.reason;
    }
}

std::variant<SessionFile, QString> readSessionJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("cannot open %1: %2").arg(path, file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Tr::tr("cannot open %1: %2").arg(path, file.errorString());
    auto session = readSessionJson(bytes);
    if (const auto* reason = std::get_if<QString>(&session))
        return Tr::tr("cannot open %1: %2").arg(path, *reason);
    return session;
}

bool otherMachine(const MachineInfo& made, const MachineInfo& here)
{
    return made.cores != here.cores || made.cpuModel != here.cpuModel;
}

} // namespace Lab::Export
