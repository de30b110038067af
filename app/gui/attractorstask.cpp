#include "gui/attractorstask.h"

#include "common/parallel.h"
#include "compute/computecommon.h"
#include "gui/basinstask.h"
#include "gui/studydocument.h"
#include "plots/attractororbitdiagramview.h"
#include "plots/attractoroverlay.h"
#include "plots/attractorpalette.h"
#include "plots/attractorsview.h"
#include "plots/basinsview.h"
#include "plots/retranslate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nd {

namespace {

struct AttractorsStartChunk : JobChunk {
    QString parameterName;
    int count = 0;
};

struct AttractorColumnChunk : JobChunk {
    AttractorColumn column;
};

constexpr int kDefaultCells = 60;

} // namespace

AttractorsTask::AttractorsTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : SectionTask(document, pool, &AnalysisSettings::attractors, parent), m_panel(new QWidget),
      m_fractions(new AttractorsView), m_list(new QTableWidget(0, 5)), m_orbit(new AttractorOrbitView),
      m_diagram(new AttractorOrbitDiagramView(true)), m_diagramVariable(new QComboBox)
{
    auto* layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical);
    auto* bottom = new QSplitter(Qt::Horizontal);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setStretchLastSection(true);
    bottom->addWidget(m_list);
    bottom->addWidget(m_orbit);
    // The diagram with its variable: the study's rule chooses it (attractorDiagramVariable), but
    // attractors related by a symmetry (the K4 ring-star's two chaotic ones swap two nodes) may
    // coincide in that variable and differ in another.
    auto* diagramPanel = new QWidget;
    auto* diagramLayout = new QVBoxLayout(diagramPanel);
    diagramLayout->setContentsMargins(0, 0, 0, 0);
    diagramLayout->setSpacing(2);
    auto* variableRow = new QHBoxLayout;
    m_diagramLabel = new QLabel;
    variableRow->addWidget(m_diagramLabel);
    variableRow->addWidget(m_diagramVariable);
    variableRow->addStretch(1);
    diagramLayout->addLayout(variableRow);
    diagramLayout->addWidget(m_diagram, 1);
    // Its own language hook: retranslateView() is not called while the analysis is off.
    retranslateWith(m_diagramLabel, [this] {
        m_diagramLabel->setText(tr("Orbit diagram by attractor, variable:"));
        m_diagramVariable->setToolTip(tr("The state variable of the orbit diagram by attractor. Attractors "
                                         "related by a symmetry may coincide in one variable and differ in "
                                         "another."));
    });
    connect(m_diagramVariable, &QComboBox::activated, this, [this]() {
        if (m_final)
            showOrbitDiagram();
    });
    split->addWidget(m_fractions);
    split->addWidget(diagramPanel);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3); // the fractions and the diagram get most of the height
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    layout->addWidget(split);
    connect(m_fractions, &AttractorsView::attractorClicked, this,
            [this](int id, int column) { showAttractor(id, column); });
    connect(m_diagram, &AttractorOrbitDiagramView::attractorClicked, this,
            [this](int id, int column) { showAttractor(id, column); });
    // Another model: the orbit drawn over the portrait belongs to the old one (a recomputed atlas
    // removes it too, when its first chunk arrives).
    connect(document, &StudyDocument::changed, this, [this]() {
        if (m_overlay && m_overlay->isShown() && m_overlayModel != this->document()->model().variableNames())
            clearOverlay();
    });
    connect(m_list, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* item = m_list->item(row, 0))
            showAttractor(item->data(Qt::UserRole).toInt(), m_column);
    });
    retranslateView();
}

AttractorsTask::~AttractorsTask() = default;

void AttractorsTask::setPhasePortrait(PhasePortraitView* portrait)
{
    clearOverlay();
    m_portrait = portrait;
    m_overlay = std::make_unique<AttractorOverlay>(portrait);
    // The user chose other variables for the portrait: the orbit follows them.
    connect(portrait, &PhasePortraitView::axesChanged, this, [this]() {
        if (m_overlay)
            m_overlay->reproject();
    });
}

void AttractorsTask::setBasins(BasinsTask* basins)
{
    m_basins = basins;
    m_basinMarks = std::make_unique<AttractorCellMarks>(basins->basinsView());
    // Basins computed again: their grid may no longer be the atlas's.
    connect(basins, &AnalysisTask::busyChanged, this, [this](bool busy) {
        if (busy && m_basinMarks)
            m_basinMarks->clear();
    });
}

void AttractorsTask::clearOverlay()
{
    if (m_overlay)
        m_overlay->clear();
    if (m_basinMarks)
        m_basinMarks->clear();
    m_overlayModel.clear();
}

bool AttractorsTask::markBasin(int id, std::size_t k, int column)
{
    if (!m_basins || !m_basinMarks)
        return false;
    m_basinMarks->clear();
    const Study& study = document()->study();
    const AttractorResult* r = columnResult(column);
    const auto& atlas = study.analyses.attractors;
    const auto& basins = study.analyses.basins;
    const BasinsView* view = m_basins->basinsView();
    if (!r || !atlas || !basins || atlas->sampling != AttractorSampling::Grid || basins->x != atlas->x ||
        basins->y != atlas->y || !m_basins->isComplete() || view->columnCount() != atlas->x.count ||
        view->rowCount() != atlas->y.count)
        return false;
    // Along a parameter, only the value the basins are computed at (the study's) is their slice.
    if (atlas->along) {
        const auto it = study.parameters.find(atlas->along->parameter);
        const auto& c = static_cast<const ResultChunk<compute::AttractorsComputation>&>(*m_final).result;
        const double p = c.continuation.parameterValues[static_cast<std::size_t>(column)];
        if (it == study.parameters.end() || std::abs(p - it->second) > 1e-12 * std::max(1.0, std::abs(p)))
            return false;
    }
    QPolygonF centres;
    const auto nx = static_cast<std::size_t>(atlas->x.count);
    for (std::size_t i = 0; i < r->labels.size(); ++i)
        if (r->labels[i] == static_cast<int>(k))
            centres.append(view->cellPlotPosition(static_cast<int>(i % nx), static_cast<int>(i / nx)));
    m_basinMarks->show(id, centres);
    return true;
}

std::vector<ExportController::Plot> AttractorsTask::plots() const
{
    std::vector<ExportController::Plot> out{{title(), fileStem(), m_fractions}};
    if (m_diagram->hasData())
        out.push_back({tr("Orbit diagram by attractor"), QStringLiteral("attractors-orbits"), m_diagram});
    if (m_orbit->hasData())
        out.push_back({tr("Attractor orbit and basin"), QStringLiteral("attractors-orbit"), m_orbit});
    return out;
}

std::vector<QwtPlot*> AttractorsTask::allPlots() const
{
    return {m_fractions, m_diagram, m_orbit};
}

std::vector<std::pair<QString, std::function<QByteArray()>>> AttractorsTask::csvSources() const
{
    return {{QStringLiteral("attractors-list"), [list = m_list]() {
                 QByteArray out = "id,class,lyapunov,fraction,fraction_error\n";
                 for (int r = 0; r < list->rowCount(); ++r) {
                     QStringList row;
                     for (int c = 0; c < list->columnCount(); ++c)
                         row << (list->item(r, c) ? list->item(r, c)->text() : QString());
                     out += row.join(QLatin1Char(',')).toUtf8() + '\n';
                 }
                 return out;
             }}};
}

QString AttractorsTask::readout(QwtPlot* plot, const QPointF& position) const
{
    if (plot == m_diagram)
        return m_diagram->readoutAt(position);
    return plot == m_fractions ? m_fractions->readoutAt(position) : QString();
}

AttractorSettings AttractorsTask::defaults(const Study& study, const Model& model) const
{
    AttractorSettings s;
    const auto names = model.variableNames();
    const auto centre = [&](std::size_t i) { return i < study.initialState.size() ? study.initialState[i] : 0.0; };
    if (names.size() >= 2) {
        s.sampling = AttractorSampling::Grid;
        s.x = {names[0], centre(0) - 2.0, centre(0) + 2.0, kDefaultCells};
        s.y = {names[1], centre(1) - 2.0, centre(1) + 2.0, kDefaultCells};
    } else {
        s.sampling = AttractorSampling::Random;
        s.count = 1000;
        for (std::size_t i = 0; i < names.size(); ++i) {
            s.boxMin.push_back(centre(i) - 1.0);
            s.boxMax.push_back(centre(i) + 1.0);
        }
    }
    s.maxIterations = 20'000;
    s.lyapunovSteps = 5'000;
    return s;
}

JobRunner::Work AttractorsTask::work(const Study& study, int threads) const
{
    return [study, threads](JobContext& context) {
        const AttractorSettings& s = *study.analyses.attractors;
        auto start = std::make_shared<AttractorsStartChunk>();
        start->parameterName = s.along ? QString::fromStdString(s.along->parameter) : QString();
        start->count = s.along ? s.along->count : 1;
        context.deliver(start);
        auto final = std::make_shared<ResultChunk<compute::AttractorsComputation>>();
        if (!s.along) {
            final->result = compute::attractors(study, threads, &context);
        } else {
            // A batch of columns at a time (one per worker, as the engine spreads them), each
            // drawn as it arrives; the merge (seeding, matching, bisection) takes the last tenth
            // of the progress.
            const int n = s.along->count;
            const int batch = std::max(1, threads > 0 ? threads : defaultThreadCount());
            std::vector<AttractorColumn> columns;
            for (int c = 0; c < n; c += batch) {
                const int end = std::min(n, c + batch);
                ProgressSpan part(&context, 0.9 * c / n, 0.9 * end / n);
                auto cols = compute::attractorColumns(study, c, end, threads, &part);
                if (context.isCanceled())
                    return;
                for (AttractorColumn& col : cols) {
                    auto chunk = std::make_shared<AttractorColumnChunk>();
                    chunk->column = col;
                    context.deliver(chunk);
                    columns.push_back(std::move(col));
                }
            }
            ProgressSpan merge(&context, 0.9, 1.0);
            final->result = compute::assembleAttractors(study, std::move(columns), threads, &merge);
        }
        if (!context.isCanceled())
            context.deliver(std::move(final));
    };
}

void AttractorsTask::showChunk(const JobChunkPtr& chunk, bool)
{
    if (const auto* start = dynamic_cast<const AttractorsStartChunk*>(chunk.get())) {
        m_final.reset();
        m_columns.clear();
        m_parameterName = start->parameterName;
        m_column = 0;
        m_list->setRowCount(0);
        m_orbit->clear(tr("Click an attractor to show its orbit and basin"));
        m_diagram->setMessage(!start->parameterName.isEmpty()
                                  ? tr("Orbit diagram by attractor")
                                  : tr("The orbit diagram by attractor needs a parameter to follow the "
                                       "attractors along"));
        clearOverlay();
    } else if (const auto* col = dynamic_cast<const AttractorColumnChunk*>(chunk.get())) {
        // Provisional: each column with its own ids until the merge matches them.
        m_columns.push_back(col->column);
        AttractorFractions f;
        for (const AttractorColumn& c : m_columns) {
            const AttractorFractions one = attractorFractions(c.result, c.parameter);
            f.parameters.push_back(c.parameter);
            f.escaped.push_back(one.escaped[0]);
            f.undecided.push_back(one.undecided[0]);
            for (std::size_t k = 0; k < one.ids.size(); ++k) {
                auto it = std::find(f.ids.begin(), f.ids.end(), one.ids[k]);
                if (it == f.ids.end()) {
                    f.ids.push_back(one.ids[k]);
                    f.names.push_back(one.names[k]);
                    f.fractions.push_back(std::vector<double>(f.parameters.size() - 1, 0.0));
                    it = f.ids.end() - 1;
                }
                const auto row = static_cast<std::size_t>(it - f.ids.begin());
                f.fractions[row].push_back(one.fractions[k][0]);
            }
            for (auto& r : f.fractions)
                r.resize(f.parameters.size(), 0.0);
        }
        m_fractions->setFractions(f, m_parameterName);
    } else if (dynamic_cast<const ResultChunk<compute::AttractorsComputation>*>(chunk.get())) {
        m_final = chunk;
        m_columns.clear();
        // The list starts at the parameter value nearest to the study's own.
        const Study& study = document()->study();
        const auto& f = static_cast<const ResultChunk<compute::AttractorsComputation>&>(*m_final).result;
        if (f.along && study.analyses.attractors && study.analyses.attractors->along) {
            const auto it = study.parameters.find(study.analyses.attractors->along->parameter);
            const auto& values = f.continuation.parameterValues;
            if (it != study.parameters.end() && !values.empty()) {
                std::size_t best = 0;
                for (std::size_t c = 1; c < values.size(); ++c)
                    if (std::abs(values[c] - it->second) < std::abs(values[best] - it->second))
                        best = c;
                m_column = static_cast<int>(best);
            }
        }
        showFinal();
    }
}

void AttractorsTask::showFinal()
{
    const auto& c = static_cast<const ResultChunk<compute::AttractorsComputation>&>(*m_final).result;
    if (c.along)
        m_fractions->setFractions(attractorFractions(c.continuation), m_parameterName);
    else
        m_fractions->setFractions(attractorFractions(c.result, 0.0), tr("at the study's parameter values"));
    showOrbitDiagram();
    fillList(std::clamp(m_column, 0, std::max(0, static_cast<int>(m_fractions->fractions().parameters.size()) - 1)));
}

void AttractorsTask::showOrbitDiagram()
{
    const auto& c = static_cast<const ResultChunk<compute::AttractorsComputation>&>(*m_final).result;
    if (!c.along) {
        m_diagram->setMessage(
            tr("The orbit diagram by attractor needs a parameter to follow the attractors along"));
        return;
    }
    const Study& study = document()->study();
    const auto model = study.createModel();
    const auto names = model->variableNames();
    // The chooser keeps the user's variable while the model's variables stay; else the rule's.
    QStringList items;
    for (const std::string& n : names)
        items << QString::fromStdString(n);
    QStringList shown;
    for (int i = 0; i < m_diagramVariable->count(); ++i)
        shown << m_diagramVariable->itemText(i);
    if (shown != items) {
        m_diagramVariable->clear();
        m_diagramVariable->addItems(items);
        m_diagramVariable->setCurrentIndex(compute::attractorDiagramVariable(study, *model));
    }
    const int variable = std::clamp(m_diagramVariable->currentIndex(), 0, static_cast<int>(names.size()) - 1);
    AttractorOrbitPoints points;
    for (const compute::AttractorOrbitSample& s : compute::attractorOrbitSamples(c, *model, variable)) {
        points.parameter.push_back(s.parameter);
        points.column.push_back(s.column);
        points.id.push_back(s.id);
        points.value.push_back(s.value);
    }
    // The legend names each id as the fractions' does (with every class it has along the axis).
    const AttractorFractions& f = m_fractions->fractions();
    for (std::size_t k = 0; k < f.ids.size() && k < f.names.size(); ++k)
        points.names[f.ids[k]] = f.names[k];
    m_diagram->setOrbits(points, m_parameterName,
                         QString::fromStdString(names[static_cast<std::size_t>(variable)]));
}

const AttractorResult* AttractorsTask::columnResult(int column) const
{
    if (!m_final)
        return nullptr;
    const auto& c = static_cast<const ResultChunk<compute::AttractorsComputation>&>(*m_final).result;
    if (!c.along)
        return column == 0 ? &c.result : nullptr;
    if (column < 0 || static_cast<std::size_t>(column) >= c.continuation.columns.size())
        return nullptr;
    return &c.continuation.columns[static_cast<std::size_t>(column)];
}

int AttractorsTask::globalId(int column, std::size_t k) const
{
    const auto& c = static_cast<const ResultChunk<compute::AttractorsComputation>&>(*m_final).result;
    if (!c.along)
        return c.result.attractors[k].id;
    const auto& ids = c.continuation.globalIds[static_cast<std::size_t>(column)];
    return k < ids.size() ? ids[k] : -1;
}

void AttractorsTask::fillList(int column)
{
    m_column = column;
    m_list->setHorizontalHeaderLabels(
        {tr("id"), tr("class"), tr("largest exponent"), tr("fraction"), tr("fraction error")});
    const AttractorResult* r = columnResult(column);
    m_list->setRowCount(r ? static_cast<int>(r->attractors.size()) : 0);
    if (!r)
        return;
    for (std::size_t k = 0; k < r->attractors.size(); ++k) {
        const Attractor& a = r->attractors[k];
        const int id = globalId(column, k);
        const int row = static_cast<int>(k);
        auto* idItem = new QTableWidgetItem(QString::number(id));
        idItem->setData(Qt::UserRole, id);
        // The plots' colour itself (one palette call), with text that stays readable on it.
        const QColor color = attractorColor(id);
        idItem->setBackground(color);
        idItem->setForeground(color.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(Qt::black));
        // A swatch as well: a selected row's background is the selection's colour.
        QPixmap swatch(12, 12);
        swatch.fill(color);
        idItem->setIcon(QIcon(swatch));
        m_list->setItem(row, 0, idItem);
        m_list->setItem(row, 1, new QTableWidgetItem(attractorClassText(a)));
        m_list->setItem(row, 2,
                        new QTableWidgetItem(a.lyapunovDefined ? QString::number(a.lyapunov, 'g', 4) : QString()));
        m_list->setItem(row, 3, new QTableWidgetItem(QString::number(a.fraction, 'g', 4)));
        m_list->setItem(row, 4, new QTableWidgetItem(QString::number(a.fractionError, 'g', 3)));
    }
}

bool AttractorsTask::showAttractor(int id, int column)
{
    if (column != m_column)
        fillList(column);
    const AttractorResult* r = columnResult(column);
    if (!r)
        return false;
    std::size_t k = 0;
    while (k < r->attractors.size() && globalId(column, k) != id)
        ++k;
    if (k == r->attractors.size())
        return false;
    m_list->selectRow(static_cast<int>(k));
    const Study& study = document()->study();
    const AttractorSettings& s = *study.analyses.attractors;
    const auto model = study.createModel();
    const auto names = model->variableNames();
    // The plane: the grid's two variables (the basin lives there), else the phase portrait's.
    int xi = std::clamp(study.view.phaseX, 0, static_cast<int>(names.size()) - 1);
    int yi = std::clamp(study.view.phaseY, 0, static_cast<int>(names.size()) - 1);
    std::vector<double> bx, by;
    if (s.sampling == AttractorSampling::Grid) {
        xi = static_cast<int>(std::find(names.begin(), names.end(), s.x.variable) - names.begin());
        yi = static_cast<int>(std::find(names.begin(), names.end(), s.y.variable) - names.begin());
        BasinAxis ax{xi, s.x.from, s.x.to, s.x.count}, ay{yi, s.y.from, s.y.to, s.y.count};
        for (std::size_t i = 0; i < r->labels.size(); ++i)
            if (r->labels[i] == static_cast<int>(k)) {
                bx.push_back(ax.value(static_cast<int>(i % static_cast<std::size_t>(s.x.count))));
                by.push_back(ay.value(static_cast<int>(i / static_cast<std::size_t>(s.x.count))));
            }
    }
    const Attractor& a = r->attractors[k];
    const std::size_t n = names.size();
    std::vector<double> ox, oy;
    for (std::size_t p = 0; p + n <= a.orbit.size(); p += n) {
        ox.push_back(a.orbit[p + static_cast<std::size_t>(xi)]);
        oy.push_back(a.orbit[p + static_cast<std::size_t>(yi)]);
    }
    m_orbit->setAttractor(id, QStringLiteral("%1: %2").arg(id).arg(attractorClassText(a)), bx, by, ox, oy,
                          QString::fromStdString(names[static_cast<std::size_t>(xi)]),
                          QString::fromStdString(names[static_cast<std::size_t>(yi)]));
    if (m_overlay) {
        m_overlay->show(id, a.orbit, names);
        m_overlayModel = names;
    }
    markBasin(id, k, column);
    return true;
}

void AttractorsTask::showMessage(const QString& text)
{
    m_final.reset();
    m_columns.clear();
    m_fractions->setMessage(text);
    m_list->setRowCount(0);
    m_orbit->clear(text);
    m_diagram->setMessage(text);
    clearOverlay();
}

void AttractorsTask::retranslateView()
{
    m_list->setHorizontalHeaderLabels(
        {tr("id"), tr("class"), tr("largest exponent"), tr("fraction"), tr("fraction error")});
    if (m_final)
        showFinal();
}

SettingsBar* AttractorsTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change attractors"); });
    const auto& sec = section();
    const auto along = [sec](auto member) {
        using V = std::remove_reference_t<decltype(AttractorAlongSettings{}.*member)>;
        return Binding<V>{[sec, member](const Study& s) {
                              const AttractorSettings& c = sec.get(s);
                              return c.along ? (*c.along).*member : AttractorAlongSettings{}.*member;
                          },
                          [sec, member](Study& s, V v) {
                              AttractorSettings& c = sec.edit(s);
                              if (!c.along)
                                  c.along = AttractorAlongSettings{};
                              (*c.along).*member = v;
                          }};
    };
    bar->addCheck(tr("Along a parameter"), tr("Follow the attractors across a range of a parameter"),
                  QStringLiteral("attractors.along"),
                  Binding<bool>{[sec](const Study& s) { return sec.get(s).along.has_value(); },
                                [sec](Study& s, bool on) {
                                    AttractorSettings& c = sec.edit(s);
                                    if (!on) {
                                        c.along.reset();
                                    } else if (!c.along) {
                                        const auto model = s.createModel();
                                        const auto& spec = model->parameterSpecs().front();
                                        AttractorAlongSettings a;
                                        a.parameter = spec.name;
                                        a.from = spec.typicalMinimum;
                                        a.to = spec.typicalMaximum;
                                        c.along = a;
                                    }
                                }});
    auto* parameter = bar->addNames(tr("Parameter:"), tr("The parameter the attractors are followed along"),
                                    QStringLiteral("attractors.along.parameter"), &SettingsBar::parameterNames,
                                    along(&AttractorAlongSettings::parameter));
    auto* from = bar->addNumber(tr("from"), tr("First parameter value"), QStringLiteral("attractors.along.from"),
                                along(&AttractorAlongSettings::from));
    auto* to = bar->addNumber(tr("to"), tr("Last parameter value"), QStringLiteral("attractors.along.to"),
                              along(&AttractorAlongSettings::to));
    auto* count = bar->addInt(tr("values"), tr("Number of parameter values"), QStringLiteral("attractors.along.count"),
                              1, 100000, along(&AttractorAlongSettings::count));
    const auto hasAlong = [sec](const Study& s) { return sec.get(s).along.has_value(); };
    const std::vector<QWidget*> alongControls{parameter, from, to, count};
    for (QWidget* w : alongControls)
        bar->showWhen(w, hasAlong);
    bar->addInt(tr("Budget:"), tr("Samples per initial state before it counts as undecided"),
                QStringLiteral("attractors.max_iterations"), 1, 100'000'000,
                sec.field<int>(&AttractorSettings::maxIterations));
    return bar;
}

} // namespace nd
