#include "gui/basinstask.h"

#include "compute/computecommon.h"
#include "compute/dynamicscompute.h"
#include "gui/studydocument.h"
#include "plots/basinsview.h"

#include <limits>
#include <type_traits>

namespace nd {

namespace {

constexpr int kIntMax = std::numeric_limits<int>::max();
constexpr int kDefaultCount = 60;

struct BasinsStartChunk : JobChunk {
    BasinAxis x, y;
    QString xName, yName;
};

struct BasinsTileChunk : JobChunk {
    BasinTile tile;
};

BasinAxisSettings axisAround(const std::string& name, double centre)
{
    BasinAxisSettings a;
    a.variable = name;
    a.from = centre - 2.0;
    a.to = centre + 2.0;
    a.count = kDefaultCount;
    return a;
}

} // namespace

BasinsTask::BasinsTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : SectionTask(document, pool, &AnalysisSettings::basins, parent), m_view(new BasinsView)
{
    connect(m_view, &BasinsView::pointClicked, this, [this](double x, double y) {
        QString error;
        if (!applyPoint(x, y, error))
            emit message(error);
    });
}

QWidget* BasinsTask::view() const
{
    return m_view;
}

std::vector<ExportController::Plot> BasinsTask::plots() const
{
    return {{title(), fileStem(), m_view}};
}

std::vector<std::pair<QString, std::function<QByteArray()>>> BasinsTask::csvSources() const
{
    return {{QStringLiteral("basins-attractors"), [view = m_view]() { return view->attractorsCsv(); }}};
}

QString BasinsTask::readout(QwtPlot*, const QPointF& position) const
{
    return m_view->readoutAt(position);
}

bool BasinsTask::applyPoint(double x, double y, QString& error)
{
    const std::size_t n = document()->study().initialState.size();
    if (m_xIndex < 0 || m_yIndex < 0 || static_cast<std::size_t>(std::max(m_xIndex, m_yIndex)) >= n)
        return false;
    std::vector<double> state = document()->study().initialState;
    state[static_cast<std::size_t>(m_xIndex)] = x;
    state[static_cast<std::size_t>(m_yIndex)] = y;
    return document()->editInitialState(
        state, [x = m_xName, y = m_yName]() { return tr("Set %1 and %2 from the basins").arg(x, y); }, error);
}

BasinSettings BasinsTask::defaults(const Study& study, const Model& model) const
{
    BasinSettings s;
    const auto names = model.variableNames();
    const auto centre = [&](std::size_t i) {
        return i < study.initialState.size() ? study.initialState[i] : 0.0;
    };
    if (!names.empty()) {
        s.x = axisAround(names[0], centre(0));
        // One-dimensional maps have a single coordinate; the engine then says what it needs.
        s.y = axisAround(names.size() > 1 ? names[1] : names[0], centre(names.size() > 1 ? 1 : 0));
    }
    return s;
}

Study BasinsTask::inputs(const Study& study) const
{
    // Every cell sets the two swept coordinates itself: their current values do not matter.
    Study in = SectionTask::inputs(study);
    const auto model = study.createModel();
    const auto names = model->variableNames();
    const BasinSettings& s = settings(study);
    for (std::size_t i = 0; i < names.size() && i < in.initialState.size(); ++i)
        if (names[i] == s.x.variable || names[i] == s.y.variable)
            in.initialState[i] = 0.0;
    return in;
}

JobRunner::Work BasinsTask::work(const Study& study, int threads) const
{
    return [study, threads](JobContext& context) {
        auto start = std::make_shared<BasinsStartChunk>();
        compute::inSection("basins", [&] {
            const auto model = study.createModel();
            const BasinRequest request = compute::basinRequest(study, *model);
            const auto names = model->variableNames();
            start->x = request.x;
            start->y = request.y;
            start->xName = QString::fromStdString(names.at(static_cast<std::size_t>(request.x.variable)));
            start->yName = QString::fromStdString(names.at(static_cast<std::size_t>(request.y.variable)));
        });
        context.deliver(start);
        auto final = std::make_shared<ResultChunk<compute::BasinsComputation>>();
        final->result = compute::basins(study, threads, &context, [&context](const BasinTile& tile) {
            auto chunk = std::make_shared<BasinsTileChunk>();
            chunk->tile = tile;
            context.deliver(std::move(chunk));
        });
        if (!context.isCanceled())
            context.deliver(std::move(final));
    };
}

void BasinsTask::showChunk(const JobChunkPtr& chunk, bool)
{
    if (const auto* start = dynamic_cast<const BasinsStartChunk*>(chunk.get())) {
        m_final.reset();
        m_xIndex = start->x.variable;
        m_yIndex = start->y.variable;
        m_xName = start->xName;
        m_yName = start->yName;
        m_view->reset(start->x, start->y, m_xName, m_yName);
    } else if (const auto* tile = dynamic_cast<const BasinsTileChunk*>(chunk.get())) {
        m_view->addTile(tile->tile);
        scheduleRefresh();
    } else if (const auto* final =
                   dynamic_cast<const ResultChunk<compute::BasinsComputation>*>(chunk.get())) {
        m_final = chunk;
        m_view->setResult(final->result.result, m_xName, m_yName);
    }
}

void BasinsTask::showMessage(const QString& text)
{
    m_final.reset();
    m_view->setMessage(text);
}

void BasinsTask::refreshView()
{
    m_view->refresh();
}

void BasinsTask::retranslateView()
{
    if (m_final)
        showChunk(m_final, false);
}

SettingsBar* BasinsTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change basins of attraction"); });
    const auto& sec = section();
    const auto axisField = [sec](bool yAxis, auto member) {
        using V = std::remove_reference_t<decltype(BasinAxisSettings{}.*member)>;
        return Binding<V>{[sec, yAxis, member](const Study& s) {
                              const BasinSettings& c = sec.get(s);
                              return (yAxis ? c.y : c.x).*member;
                          },
                          [sec, yAxis, member](Study& s, V v) {
                              BasinSettings& c = sec.edit(s);
                              (yAxis ? c.y : c.x).*member = v;
                          }};
    };
    for (const bool yAxis : {false, true}) {
        const QString axis = yAxis ? QStringLiteral("y") : QStringLiteral("x");
        const QString field = QStringLiteral("basins.%1.").arg(axis);
        bar->addNames(yAxis ? tr("y:") : tr("x:"),
                      yAxis ? tr("State variable on the vertical axis")
                            : tr("State variable on the horizontal axis"),
                      field + QStringLiteral("variable"), &SettingsBar::variableNames,
                      axisField(yAxis, &BasinAxisSettings::variable));
        bar->addNumber(tr("from"), tr("First initial value of this coordinate"),
                       field + QStringLiteral("from"), axisField(yAxis, &BasinAxisSettings::from));
        bar->addNumber(tr("to"), tr("Last initial value of this coordinate"), field + QStringLiteral("to"),
                       axisField(yAxis, &BasinAxisSettings::to));
        bar->addInt(tr("cells"), tr("Number of initial values along this axis"),
                    field + QStringLiteral("count"), 1, 100000, axisField(yAxis, &BasinAxisSettings::count));
    }
    bar->addInt(tr("Transient:"), tr("Iterations before the orbit is compared with the attractors found"),
                QStringLiteral("basins.transient"), 0, kIntMax, sec.field<int>(&BasinSettings::transient));
    bar->addInt(tr("Max period:"), tr("Longest cycle recognised as periodic"),
                QStringLiteral("basins.max_period"), 1, 100000, sec.field<int>(&BasinSettings::maxPeriod));
    return bar;
}

} // namespace nd
