#include "chartexport.h"
#include "chartspane.h"
#include "engine/session.h"
#include "experimentpanel.h"
#include "languagecheck.h"
#include "mainwindow.h"
#include "resultsview.h"
#include "testsupport.h"
#include "timelineview.h"
#include "translation.h"
#include "wallclockchart.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBoundaryFinder>
#include <QTextBrowser>
#include <QTextLayout>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

using LabTest::englishWords;
using LabTest::hasThai;

void addChart(QChart* chart, QStringList& texts)
{
    texts << chart->title();
    for (QAbstractAxis* axis : chart->axes())
        texts << axis->titleText();
    for (QLegendMarker* marker : chart->legend()->markers())
        texts << marker->label();
}

void addMenu(const QList<QAction*>& actions, QStringList& texts)
{
    for (QAction* a : actions) {
        if (a->text() != u"ไทย"_s) // the language menu names each language in itself
            texts << a->text();
        if (a->menu())
            addMenu(a->menu()->actions(), texts);
    }
}

// Every text the window shows but what is data (cities, numbers, worker ids, the console).
QStringList visibleTexts(Lab::MainWindow& w)
{
    QStringList texts{w.windowTitle()};
    addMenu(w.menuBar()->actions(), texts);
    for (QLabel* l : w.findChildren<QLabel*>())
        texts << l->text();
    for (QAbstractButton* b : w.findChildren<QAbstractButton*>())
        texts << b->text() << b->toolTip();
    for (QTabWidget* t : w.findChildren<QTabWidget*>()) {
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i);
    }
    for (QComboBox* c : w.findChildren<QComboBox*>()) {
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    }
    for (QSpinBox* s : w.findChildren<QSpinBox*>())
        texts << s->suffix() << s->toolTip();
    for (QTextBrowser* b : w.findChildren<QTextBrowser*>())
        texts << b->toPlainText();
    for (QChartView* v : w.findChildren<QChartView*>())
        addChart(v->chart(), texts);
    for (const QString& category : w.chartsPane()->wallClock()->categories())
        texts << category;
    QAbstractItemModel* model = w.resultsView()->model();
    for (int c = 0; c < model->columnCount(); ++c)
        texts << model->headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 1; c < model->columnCount(); ++c) // the lab number is a number
            texts << model->index(r, c).data().toString();
    }
    for (Lab::Exportable* chart : w.chartsPane()->charts())
        texts << chart->exportTitle();
    texts.removeAll(QString());
    return texts;
}

QStringList stillEnglish(Lab::MainWindow& w)
{
    QStringList found;
    for (const QString& text : visibleTexts(w)) {
        if (!englishWords(text).isEmpty())
            found << text;
    }
    return found;
}

QStringList stillThai(Lab::MainWindow& w)
{
    QStringList found;
    for (const QString& text : visibleTexts(w)) {
        if (hasThai(text))
            found << text;
    }
    return found;
}

using Entries = QSet<QPair<QString, QString>>;

// (context, source) of every message of a .ts file, and the ones not finished.
Entries readTs(const QString& path, QStringList& problems)
{
    Entries entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << u"cannot read %1"_s.arg(path);
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"source"_s)
            source = xml.readElementText();
        else if (xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (!type.isEmpty())
                problems << u"%1: %2 / %3 is %4"_s.arg(QFileInfo(path).fileName(), context, source, type);
            entries.insert({context, source});
        }
    }
    if (xml.hasError())
        problems << xml.errorString();
    return entries;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        LabTest::failOnAnyWarning();
        Lab::installTranslation(Lab::english);
    }

    void translationsAreComplete()
    {
        QStringList problems;
        const Entries th =
            readTs(QStringLiteral(CL_SOURCE_DIR "/translations/concurrency-lab_th.ts"), problems);
        const Entries en =
            readTs(QStringLiteral(CL_SOURCE_DIR "/translations/concurrency-lab_en.ts"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(th.size() > 100);
        QCOMPARE(th, en);
        // Every string of today's sources, found afresh by lupdate, is in the files, and no other.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh.ts"_s);
        QProcess lupdate;
        lupdate.start(QStringLiteral(CL_LUPDATE),
                      {u"-recursive"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s,
                       QStringLiteral(CL_SOURCE_DIR "/app"), QStringLiteral(CL_SOURCE_DIR "/core"),
                       QStringLiteral(CL_SOURCE_DIR "/cli"), QStringLiteral(CL_SOURCE_DIR "/bench"),
                       QStringLiteral(CL_SOURCE_DIR "/ui"), u"-ts"_s, fresh});
        QVERIFY(lupdate.waitForFinished(60'000));
        QCOMPARE(lupdate.exitCode(), 0);
        QStringList ignored;
        const Entries current = readTs(fresh, ignored);
        QStringList missing;
        for (const auto& e : current - th)
            missing << e.first + u" / "_s + e.second;
        for (const auto& e : th - current)
            missing << u"vanished: "_s + e.first + u" / "_s + e.second;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void thaiModeShowsNoEnglish()
    {
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        runQuickLab(window);
        window.setLanguage(Lab::thai);
        const QStringList english = stillEnglish(window);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u"\n"_s)));
        QVERIFY(hasThai(window.chartsPane()->wallClock()->chart()->title()));
    }

    void switchingBackAndForthLeavesNothingBehind()
    {
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        runQuickLab(window);
        for (int round = 0; round < 10; ++round) {
            window.setLanguage(Lab::thai);
            QVERIFY2(stillEnglish(window).isEmpty(),
                     qPrintable(u"round %1: %2"_s.arg(round).arg(stillEnglish(window).join(u" | "_s))));
            window.setLanguage(Lab::english);
            QVERIFY2(stillThai(window).isEmpty(),
                     qPrintable(u"round %1: %2"_s.arg(round).arg(stillThai(window).join(u" | "_s))));
        }
    }

    void qtsOwnStringsAreThaiToo()
    {
        Lab::installTranslation(Lab::thai);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        for (QAbstractButton* b : box.buttons())
            QVERIFY2(hasThai(b->text()), qPrintable(b->text()));
        QVERIFY(hasThai(QCoreApplication::translate("QFileDialog", "Look in:")));
        QVERIFY(hasThai(QCoreApplication::translate("QLineEdit", "&Copy")));
    }

    void longThaiLabelsWrapBetweenWords()
    {
        // No spaces: only a dictionary (libthai) can find where the words end.
        const QString text = u"การทำงานแบบต่อคิวทำให้งานที่สองไม่ได้เริ่มจนกว่างานแรกจะเสร็จสมบูรณ์"_s;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
        QSet<int> breaks;
        while (finder.toNextBoundary() > 0)
            breaks.insert(int(finder.position()));
        QVERIFY2(breaks.size() > 5, "libthai found no word boundaries in Thai text");

        QFont font;
        font.setFamilies({font.family(), Lab::ChartExport::thaiCapableFamily()});
        QTextLayout layout(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        int lines = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(150);
            ++lines;
            const int end = line.textStart() + line.textLength();
            if (end < text.size())
                QVERIFY2(breaks.contains(end), qPrintable(u"a line ends inside a word, at %1"_s.arg(end)));
        }
        layout.endLayout();
        QVERIFY(lines > 1);

        QLabel label(text);
        label.setWordWrap(true);
        label.setFont(font);
        QVERIFY(label.heightForWidth(150) > 2 * QFontMetrics(font).height());
    }

    void exportsInThaiKeepThai()
    {
        Lab::MainWindow window(QStringLiteral(CL_APP_PATH));
        window.show();
        window.setLanguage(Lab::thai);
        runQuickLab(window);
        QTemporaryDir dir;
        Lab::WallClockChart* chart = window.chartsPane()->wallClock();
        QVERIFY(!Lab::ChartExport::saveSvg(*chart, dir.filePath(u"c.svg"_s)).has_value());
        QFile svg(dir.filePath(u"c.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(svg.readAll());
        QVERIFY2(xml.contains(chart->chart()->title()), "the SVG keeps the Thai title as text");
        QVERIFY(hasThai(chart->chart()->title()));
        const QString family = QFontInfo(chart->chart()->titleFont()).family();
        QVERIFY2(QFontDatabase::writingSystems(family).contains(QFontDatabase::Thai), qPrintable(family));
        QVERIFY(xml.contains(family));
    }

private:
    static void runQuickLab(Lab::MainWindow& window)
    {
        window.experimentPanel()->setWaitPercent(5);
        window.experimentPanel()->setPreset(1);
        QSignalSpy finished(&window, &Lab::MainWindow::batchFinished);
        window.run();
        QVERIFY(finished.wait(30'000));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
