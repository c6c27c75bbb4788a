#include "lesson.h"

#include "engine/session.h"
#include "experiment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Lesson)
};

// Where a field is, for messages: "try.change.workers".
struct Node {
    QJsonObject object;
    QString path;
    QString at(const QString& key) const { return path.isEmpty() ? key : path + u'.' + key; }
};

// Reads the fields of one file and keeps its first problem, as one line naming the file and the field.
class Reader {
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}
    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    void fail(const QString& field, const QString& problem)
    {
        if (!failed())
            m_error = Tr::tr("%1: %2: %3").arg(m_file, field, problem);
    }

    // A mistyped name would otherwise be ignored in silence, and the lesson would lack what it meant.
    void onlyFields(const Node& node, const QStringList& fields)
    {
        for (const QString& key : node.object.keys()) {
            if (!fields.contains(key))
                fail(node.at(key), Tr::tr("is not a field here; these are: %1").arg(fields.join(u", "_s)));
        }
    }

    Node object(const Node& parent, const QString& key, const QStringList& fields)
    {
        const QJsonValue v = parent.object.value(key);
        Node node{v.toObject(), parent.at(key)};
        if (!v.isObject())
            fail(node.path, present(v) ? Tr::tr("must be a group of fields in { }") : Tr::tr("is missing"));
        onlyFields(node, fields);
        return node;
    }

    LessonText text(const Node& parent, const QString& key)
    {
        const QJsonValue v = parent.object.value(key);
        const QJsonObject o = v.toObject();
        LessonText text{o.value(u"th"_s).toString().trimmed(), o.value(u"en"_s).toString().trimmed()};
        if (text.th.isEmpty() || text.en.isEmpty() || o.size() != 2)
            fail(parent.at(key), present(v) ? Tr::tr("must hold a Thai text (th) and an English one (en)")
                                            : Tr::tr("is missing"));
        return text;
    }

    std::optional<int> number(const Node& parent, const QString& key, int min, int max, bool optional)
    {
        const QJsonValue v = parent.object.value(key);
        if (optional && !present(v))
            return std::nullopt;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != std::trunc(d) || d < min || d > max) {
            fail(parent.at(key), present(v) ? Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max)
                                            : Tr::tr("is missing"));
            return std::nullopt;
        }
        return int(d);
    }

    // An optional true or false.
    std::optional<bool> flag(const Node& parent, const QString& key)
    {
        const QJsonValue v = parent.object.value(key);
        if (present(v) && !v.isBool())
            fail(parent.at(key), Tr::tr("must be true or false"));
        return v.isBool() ? std::optional(v.toBool()) : std::nullopt;
    }

    template <typename Enum, std::size_t N>
    Enum id(const QJsonValue& v, const QString& field, const EnumId<Enum> (&table)[N])
    {
        const auto value = fromId(table, v.toString());
        if (!value)
            fail(field, present(v) ? Tr::tr("must be one of: %1").arg(allIds(table).join(u", "_s))
                                   : Tr::tr("is missing"));
        return value.value_or(table[0].value);
    }

    // An optional way of a mistakes lab ("blocking"); "none" is no way to point at.
    std::optional<Variant> variant(const Node& parent)
    {
        const QJsonValue v = parent.object.value(u"variant"_s);
        if (!present(v))
            return std::nullopt;
        const auto found = fromId(variantIds, v.toString());
        if (!found || *found == Variant::None) {
            QStringList ids = allIds(variantIds);
            ids.removeAll(variantId(Variant::None));
            fail(parent.at(u"variant"_s), Tr::tr("must be one of: %1").arg(ids.join(u", "_s)));
            return std::nullopt;
        }
        return found;
    }

private:
    static bool present(const QJsonValue& v) { return !v.isUndefined(); }

    QString m_file;
    QString m_error;
};

LessonChange readChange(Reader& r, const Node& modify)
{
    const Node node =
        r.object(modify, u"change"_s, {u"strategies"_s, u"tasks"_s, u"workers"_s, u"gil"_s, u"delay_ms"_s});
    LessonChange change;
    const QJsonValue strategies = node.object.value(u"strategies"_s);
    if (!strategies.isUndefined() && (!strategies.isArray() || strategies.toArray().isEmpty()))
        r.fail(node.at(u"strategies"_s),
               Tr::tr("must be a list of one or more of: %1").arg(allIds(strategyIds).join(u", "_s)));
    for (const QJsonValue s : strategies.toArray())
        change.strategies.append(r.id(s, node.at(u"strategies"_s), strategyIds));
    change.tasks = r.number(node, u"tasks"_s, 1, 1000, true);
    change.workers = r.number(node, u"workers"_s, 1, 64, true);
    change.gil = r.flag(node, u"gil"_s);
    change.delayMs = r.number(node, u"delay_ms"_s, 0, maxDelayMs, true);
    if (!r.failed() && node.object.isEmpty())
        r.fail(node.path, Tr::tr("names no change to make"));
    return change;
}

void readSteps(Reader& r, const Node& root, Lesson& l)
{
    l.question = r.text(root, u"question"_s);
    const Node predict = r.object(root, u"predict"_s, {u"text"_s, u"strategy"_s, u"gil"_s, u"variant"_s});
    l.predict = r.text(predict, u"text"_s);
    l.predictFor = r.id(predict.object.value(u"strategy"_s), predict.at(u"strategy"_s), strategyIds);
    l.predictGil = r.flag(predict, u"gil"_s);
    l.predictVariant = r.variant(predict);
    l.run = r.text(root, u"run"_s);
    const Node look =
        r.object(root, u"look"_s, {u"text"_s, u"chart"_s, u"strategy"_s, u"gil"_s, u"variant"_s});
    l.look = r.text(look, u"text"_s);
    l.lookAt = r.id(look.object.value(u"chart"_s), look.at(u"chart"_s), lessonChartIds);
    l.lookFor = r.id(look.object.value(u"strategy"_s), look.at(u"strategy"_s), strategyIds);
    l.lookGil = r.flag(look, u"gil"_s);
    l.lookVariant = r.variant(look);
    const Node modify = r.object(root, u"try"_s, {u"text"_s, u"button"_s, u"change"_s});
    l.modify = r.text(modify, u"text"_s);
    l.modifyButton = r.text(modify, u"button"_s);
    l.change = readChange(r, modify);
    l.takeaway = r.text(root, u"takeaway"_s);
}

QString readFile(const QString& path, QByteArray& contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("%1: cannot be read").arg(QFileInfo(path).fileName());
    contents = file.readAll();
    return {};
}

// The file's one object, or the message of why it is not one.
std::variant<QJsonObject, QString> jsonObject(const QByteArray& json, const QString& file)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Tr::tr("%1: not valid JSON at character %2").arg(file).arg(error.offset);
    if (!doc.isObject())
        return Tr::tr("%1: must hold one group of fields in { }").arg(file);
    return doc.object();
}

} // namespace

const LessonText& Lesson::text(LessonStep step) const
{
    switch (step) {
    case LessonStep::Question:
        return question;
    case LessonStep::Predict:
        return predict;
    case LessonStep::Run:
        return run;
    case LessonStep::Look:
        return look;
    case LessonStep::Try:
        return modify;
    case LessonStep::Takeaway:
        return takeaway;
    }
    return question;
}

std::variant<Lesson, QString> parseLesson(const QByteArray& json, const QString& file)
{
    const auto object = jsonObject(json, file);
    if (const auto* error = std::get_if<QString>(&object))
        return *error;
    Reader r(file);
    const Node root{std::get<QJsonObject>(object), QString()};
    r.onlyFields(root, {u"preset"_s, u"title"_s, u"question"_s, u"predict"_s, u"run"_s, u"look"_s, u"try"_s,
                        u"takeaway"_s});
    Lesson l;
    l.file = file;
    l.preset = r.number(root, u"preset"_s, 0, labCount - 1, false).value_or(0);
    l.title = r.text(root, u"title"_s);
    readSteps(r, root, l);
    if (r.failed())
        return r.error();
    return l;
}

LessonPlan loadLessons(const QString& indexPath)
{
    LessonPlan plan;
    const QString indexName = QFileInfo(indexPath).fileName();
    QByteArray contents;
    if (const QString error = readFile(indexPath, contents); !error.isEmpty())
        return {{}, {error}};
    const auto index = jsonObject(contents, indexName);
    if (const auto* error = std::get_if<QString>(&index))
        return {{}, {*error}};
    const QJsonArray files = std::get<QJsonObject>(index).value(u"lessons"_s).toArray();
    if (files.isEmpty() ||
        !std::all_of(files.begin(), files.end(), [](const QJsonValue& v) { return v.isString(); }))
        return {{}, {Tr::tr("%1: lessons: must be a list of one or more file names").arg(indexName)}};
    const QDir dir = QFileInfo(indexPath).dir();
    for (const QJsonValue name : files) {
        QString error = readFile(dir.filePath(name.toString()), contents);
        if (error.isEmpty()) {
            auto lesson = parseLesson(contents, name.toString());
            if (auto* l = std::get_if<Lesson>(&lesson))
                plan.lessons.append(std::move(*l));
            else
                error = std::get<QString>(lesson);
        }
        if (!error.isEmpty())
            plan.errors.append(error);
    }
    return plan;
}

int runIndexOf(const QList<LiveRun>& batch, int lab, Strategy strategy, std::optional<bool> gil,
               std::optional<Variant> variant)
{
    // The engine's run when there is one; CPython's when the lab has no other (lab 9's cluster).
    for (const bool engine : {true, false}) {
        for (int i = 0; i < batch.size(); ++i) {
            const RunConfig& c = batch.at(i).config;
            if (c.labNumber == lab && c.strategy == strategy && (c.runtime == Runtime::Cpp) == engine &&
                (!gil || c.gil == *gil) && (!variant || c.variant == *variant))
                return i;
        }
    }
    return -1;
}

} // namespace Lab
