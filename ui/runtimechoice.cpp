#include "runtimechoice.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace Lab {

RuntimeChoice::RuntimeChoice(QWidget* panel)
    : QObject(panel), m_runtime(new QComboBox(panel)), m_python(new QComboBox(panel)),
      m_other(new QPushButton(panel)), m_pythonField(new QWidget(panel))
{
    m_runtime->setObjectName(u"runtime"_s);
    // An item per RuntimeSet, in its order: an item's index is its value.
    for (std::size_t i = 0; i < std::size(runtimeSetIds); ++i)
        m_runtime->addItem(QString());
    m_python->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* layout = new QHBoxLayout(m_pythonField);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_python, 1);
    layout->addWidget(m_other);
    connect(m_runtime, &QComboBox::currentIndexChanged, this, &RuntimeChoice::changed);
    connect(m_other, &QPushButton::clicked, this, &RuntimeChoice::pythonFileRequested);
}

QWidget* RuntimeChoice::runtimeField() const
{
    return m_runtime;
}

void RuntimeChoice::retranslateUi()
{
    m_runtime->setItemText(int(RuntimeSet::Cpp), tr("C++ engine"));
    m_runtime->setItemText(int(RuntimeSet::Python), tr("CPython (the seed's scripts)"));
    m_runtime->setItemText(int(RuntimeSet::Both), tr("Both, side by side"));
    m_other->setText(tr("Other…"));
    m_other->setToolTip(tr("Choose a Python interpreter"));
    update();
}

void RuntimeChoice::setIdle(bool idle)
{
    m_runtime->setEnabled(idle);
    m_python->setEnabled(idle && chosen() != RuntimeSet::Cpp);
    m_other->setEnabled(idle);
}

void RuntimeChoice::setInterpreters(const QList<Python::Interpreter>& found)
{
    m_searched = true;
    for (const Python::Interpreter& i : found) {
        if (!m_interpreters.contains(i))
            m_interpreters.append(i);
    }
    update();
    if (!m_interpreters.isEmpty() && m_wantedRuntime > 0) {
        m_runtime->setCurrentIndex(m_wantedRuntime);
        m_wantedRuntime = 0;
    }
}

void RuntimeChoice::addInterpreter(const Python::Interpreter& interpreter)
{
    setInterpreters({interpreter});
    m_python->setCurrentIndex(int(m_interpreters.indexOf(interpreter)));
}

bool RuntimeChoice::setChoice(const QString& id)
{
    const auto set = fromId(runtimeSetIds, id);
    if (!set || (*set != RuntimeSet::Cpp && m_interpreters.isEmpty()))
        return false;
    m_runtime->setCurrentIndex(int(*set));
    return true;
}

RuntimeSet RuntimeChoice::chosen() const
{
    const int index = m_runtime->currentIndex();
    return index >= 0 && index < int(std::size(runtimeSetIds)) ? RuntimeSet(index) : RuntimeSet::Cpp;
}

// CPython is offered when an interpreter was found; otherwise its items say what to install.
void RuntimeChoice::update()
{
    const QString current = m_python->currentData().toString();
    const QString wanted = current.isEmpty() ? m_wantedPython : current;
    m_python->clear();
    for (const Python::Interpreter& i : std::as_const(m_interpreters)) {
        m_python->addItem(u"%1 (%2)"_s.arg(Python::describe(i), QFileInfo(i.path).fileName()), i.path);
        m_python->setItemData(m_python->count() - 1, i.path, Qt::ToolTipRole);
    }
    if (const int at = m_python->findData(wanted); at >= 0)
        m_python->setCurrentIndex(at);
    const bool available = !m_interpreters.isEmpty();
    const QString why = available    ? QString()
                        : m_searched ? Python::installHint()
                                     : tr("Looking for Python on this computer…");
    auto* model = qobject_cast<QStandardItemModel*>(m_runtime->model());
    for (int row = 1; row < model->rowCount(); ++row) {
        model->item(row)->setEnabled(available);
        model->item(row)->setToolTip(why);
    }
    if (!available)
        m_runtime->setCurrentIndex(0);
    m_runtime->setToolTip(why);
    Q_EMIT changed();
}

std::optional<QString> RuntimeChoice::applyTo(Experiment& e) const
{
    e.runtimes = runtimesOf(chosen());
    if (!e.runtimes.contains(Runtime::Python))
        return std::nullopt;
    const int at = m_python->currentIndex();
    if (at < 0)
        return Python::installHint();
    e.python = m_interpreters.at(at);
    return std::nullopt;
}

std::optional<QString> RuntimeChoice::applyCluster(Experiment& e) const
{
    const int at = m_python->currentIndex();
    if (at >= 0 && m_interpreters.at(at).dask) {
        e.python = m_interpreters.at(at);
        return std::nullopt;
    }
    const auto withDask = std::ranges::find_if(m_interpreters, &Python::Interpreter::dask);
    if (withDask == m_interpreters.end())
        return Python::daskInstallHint();
    e.python = *withDask; // every CPython run of the lab on it: the baseline the cluster is compared with
    return std::nullopt;
}

bool RuntimeChoice::hasDask() const
{
    return std::ranges::any_of(m_interpreters, &Python::Interpreter::dask);
}

void RuntimeChoice::saveSettings(QSettings& s) const
{
    s.setValue(u"experiment/runtime"_s, idOf(runtimeSetIds, chosen()));
    s.setValue(u"experiment/python"_s, m_python->currentData().toString());
}

void RuntimeChoice::restoreSettings(const QSettings& s)
{
    m_wantedPython = s.value(u"experiment/python"_s).toString();
    update();
    // Until Python has been looked for, CPython's items are disabled and the choice would be lost.
    m_wantedRuntime =
        int(fromId(runtimeSetIds, s.value(u"experiment/runtime"_s).toString()).value_or(RuntimeSet::Cpp));
    m_runtime->setCurrentIndex(m_interpreters.isEmpty() ? 0 : m_wantedRuntime);
}

} // namespace Lab
