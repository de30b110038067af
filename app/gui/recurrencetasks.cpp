#include "gui/recurrencetasks.h"

#include "gui/embeddingcontrols.h"

#include "gui/significancecontrols.h"
#include "gui/studydocument.h"
#include "study/recurrencesections.h"

#include <QVBoxLayout>

#include <limits>

namespace nd {

namespace {

constexpr int kIntMax = std::numeric_limits<int>::max();

std::string firstVariable(const Model& model)
{
    const auto names = model.variableNames();
    return names.empty() ? std::string() : names.front();
}

QString number(bool defined, double v)
{
    return defined ? QString::number(v, 'g', 4) : RqaPanel::tr("undefined");
}

} // namespace

RqaPanel::RqaPanel(QWidget* parent)
    : QWidget(parent), m_plot(new RecurrencePlotView), m_windows(new WindowedRqaView), m_numbers(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_windows, 1);
    layout->addWidget(m_numbers);
    m_numbers->setWordWrap(true);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_windows->hide();
}

void RqaPanel::setMessage(const QString& text)
{
    m_plot->clear();
    m_windows->clear();
    m_windows->hide();
    m_plot->show();
    m_numbers->setText(text);
}

void RqaPanel::setResult(const compute::RqaComputation& c)
{
    const RqaSettings& s = c.settings;
    const QString mRule = s.dimensionRule == DimensionRule::Given
                              ? tr("given")
                              : QLatin1String(dimensionRuleName(s.dimensionRule));
    const QString tauRule =
        s.delayRule == DelayRule::Given ? tr("given") : QLatin1String(delayRuleName(s.delayRule));
    if (!c.embedded) {
        setMessage(tr("No embedding: %1").arg(QString::fromStdString(c.reason)));
        return;
    }
    const QString embedding = tr("m = %1 (%2), tau = %3 (%4)")
                                  .arg(c.options.dimension)
                                  .arg(mRule)
                                  .arg(c.options.delay)
                                  .arg(tauRule);
    if (c.windowed) {
        m_plot->clear();
        m_plot->hide();
        m_windows->show();
        m_windows->setResult(
            *c.windowed, tr("Windowed RQA: %1 windows, %2").arg(c.windowed->windows.size()).arg(embedding));
        m_numbers->setText(embedding);
        return;
    }
    m_windows->hide();
    m_plot->show();
    const RqaResult& r = *c.whole;
    if (!r.defined) {
        setMessage(QString::fromStdString(r.reason));
        return;
    }
    m_plot->setMatrix(recurrenceMatrix(c.series, c.options));
    m_plot->setTitle(tr("Recurrence plot, %1").arg(embedding));
    m_numbers->setText(
        tr("RR = %1, DET = %2, L_max = %3, L_mean = %4, ENTR = %5, LAM = %6, TT = %7 (eps = %8; "
           "%9)")
            .arg(number(true, r.rr), number(r.detDefined, r.det), QString::number(r.lMax),
                 number(r.lineDefined, r.lMean), number(r.lineDefined, r.entr), number(r.lamDefined, r.lam),
                 number(r.ttDefined, r.tt), QString::number(r.epsilon, 'g', 4),
                 QString::fromStdString(r.conventions)));
}

EmbeddingPanel::EmbeddingPanel(QWidget* parent)
    : QWidget(parent), m_delay(new DelayChoiceView), m_dimension(new DimensionChoiceView),
      m_message(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_delay, 1);
    layout->addWidget(m_dimension, 1);
    layout->addWidget(m_message);
    m_message->setWordWrap(true);
    m_message->hide();
}

void EmbeddingPanel::setMessage(const QString& text)
{
    m_delay->clear();
    m_dimension->clear();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void EmbeddingPanel::setResult(const compute::EmbeddingComputation& c)
{
    m_message->hide();
    if (c.delayChoice)
        m_delay->setResult(*c.delayChoice);
    else
        m_delay->clear();
    if (c.dimension)
        m_dimension->setResult(*c.dimension, c.delay);
    else
        m_dimension->clear();
}

RqaTask::RqaTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::rqa, parent), m_null(new NullHistogramView),
      m_box(viewWithNullHistogram(m_view, m_null))
{
}

void RqaTask::showMessage(const QString& text)
{
    ResultViewTask::showMessage(text);
    m_null->setMessage(text);
    m_null->hide();
}

std::vector<ExportController::Plot> RqaTask::plots() const
{
    std::vector<ExportController::Plot> plots;
    if (m_view->plot()->hasData())
        plots.push_back({title(), fileStem(), m_view->plot()});
    if (m_view->windows()->hasData())
        plots.push_back({tr("Windowed RQA"), fileStem() + QStringLiteral("-windows"), m_view->windows()});
    if (m_null->hasData())
        plots.push_back({tr("RQA: null distribution"), fileStem() + QStringLiteral("-null"), m_null});
    return plots;
}

std::vector<QwtPlot*> RqaTask::allPlots() const
{
    return {m_view->plot(), m_view->windows(), m_null};
}

RqaSettings RqaTask::defaults(const Study&, const Model& model) const
{
    RqaSettings s;
    s.variable = firstVariable(model);
    return s;
}

JobRunner::Work RqaTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::rqa(s, t, p); });
}

void RqaTask::showResult(const compute::RqaComputation& r)
{
    m_view->setResult(r);
    showSignificance(m_null, r);
}

SettingsBar* RqaTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change recurrence quantification"); });
    const auto& sec = section();
    bar->addSeriesVariable(QStringLiteral("rqa.variable"), sec.field<std::string>(&RqaSettings::variable));
    addDimensionControls(bar, QStringLiteral("rqa.m"), tr("m"), tr("Embedding dimension"), 1, 1000,
                         sec.field<int>(&RqaSettings::dimensionRule),
                         sec.field<int>(&RecurrenceOptions::dimension),
                         [sec](const Study& s) { return sec.get(s).dimensionRule == DimensionRule::Given; });
    addDelayControls(bar, QStringLiteral("rqa.tau"), tr("tau"), tr("Embedding delay in samples"),
                     sec.field<int>(&RqaSettings::delayRule), sec.field<int>(&RecurrenceOptions::delay),
                     [sec](const Study& s) { return sec.get(s).delayRule == DelayRule::Given; });
    bar->addNumber(tr("eps:"),
                   tr("Threshold: a distance, a fraction of the standard deviation or a recurrence rate"),
                   QStringLiteral("rqa.eps"), sec.field<double>(&RecurrenceOptions::threshold));
    // In the order of RecurrenceThreshold.
    bar->addChoice(tr("eps is:"),
                   tr("How eps is read: an absolute distance, a fraction of the SD, or a recurrence rate"),
                   QStringLiteral("rqa.eps_mode"),
                   {tr("absolute"), tr("fraction of SD"), tr("recurrence rate")},
                   sec.field<int>(&RecurrenceOptions::thresholdKind));
    bar->addChoice(tr("Norm:"), tr("Distance between embedded vectors"), QStringLiteral("rqa.norm"),
                   {tr("maximum"), tr("Euclidean")}, sec.field<int>(&RecurrenceOptions::norm));
    bar->addInt(tr("Theiler:"), tr("Pairs closer in time than this are left out (1: the main diagonal only)"),
                QStringLiteral("rqa.theiler"), 0, 1000000, sec.field<int>(&RecurrenceOptions::theiler));
    bar->addInt(tr("l_min:"), tr("Shortest diagonal line DET, L_mean and ENTR count"),
                QStringLiteral("rqa.lmin"), 1, 1000000, sec.field<int>(&RecurrenceOptions::minDiagonal));
    bar->addInt(tr("v_min:"), tr("Shortest vertical line LAM and TT count"), QStringLiteral("rqa.vmin"), 1,
                1000000, sec.field<int>(&RecurrenceOptions::minVertical));
    bar->addInt(tr("Window:"),
                tr("Samples per window of the windowed RQA (0: the whole series, with its plot)"),
                QStringLiteral("rqa.window"), 0, kIntMax, sec.field<int>(&RqaSettings::window));
    bar->addInt(tr("Step:"), tr("Samples between window starts (0: the window)"), QStringLiteral("rqa.step"),
                0, kIntMax, sec.field<int>(&RqaSettings::step));
    QStringList scalars;
    for (const char* name : kRqaScalars)
        scalars << QLatin1String(name);
    addSignificanceControls(bar, sec, QStringLiteral("rqa"), scalars);
    return bar;
}

EmbeddingTask::EmbeddingTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::embedding, parent)
{
}

std::vector<ExportController::Plot> EmbeddingTask::plots() const
{
    std::vector<ExportController::Plot> plots;
    if (m_view->delayView()->hasData())
        plots.push_back({tr("Embedding: delay"), fileStem() + QStringLiteral("-delay"), m_view->delayView()});
    if (m_view->dimensionView()->hasData())
        plots.push_back(
            {tr("Embedding: dimension"), fileStem() + QStringLiteral("-dimension"), m_view->dimensionView()});
    return plots;
}

std::vector<QwtPlot*> EmbeddingTask::allPlots() const
{
    return {m_view->delayView(), m_view->dimensionView()};
}

EmbeddingSettings EmbeddingTask::defaults(const Study&, const Model& model) const
{
    EmbeddingSettings s;
    s.variable = firstVariable(model);
    return s;
}

JobRunner::Work EmbeddingTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::embedding(s, t, p); });
}

void EmbeddingTask::showResult(const compute::EmbeddingComputation& r)
{
    m_view->setResult(r);
}

SettingsBar* EmbeddingTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change embedding choices"); });
    const auto& sec = section();
    bar->addSeriesVariable(QStringLiteral("embedding.variable"),
                           sec.field<std::string>(&EmbeddingSettings::variable));
    // In the order of DelayRule.
    bar->addChoice(
        tr("Delay from:"),
        tr("The delay: given, the first minimum of the average mutual information (ami), or the first "
           "zero of the autocorrelation (acf)"),
        QStringLiteral("embedding.delay"), {tr("given"), QStringLiteral("ami"), QStringLiteral("acf")},
        {[sec](const Study& s) { return static_cast<int>(sec.get(s).delayRule); },
         [sec](Study& s, int v) {
             EmbeddingSettings& e = sec.edit(s);
             e.delayRule = static_cast<DelayRule>(v);
             e.delayOptions.method = e.delayRule == DelayRule::Autocorrelation
                                         ? DelayMethod::Autocorrelation
                                         : DelayMethod::MutualInformation;
         }});
    bar->showWhen(bar->addInt(tr("Delay:"), tr("The given delay in samples"),
                              QStringLiteral("embedding.delay"), 1, 1000000,
                              sec.field<int>(&DimensionOptions::delay)),
                  [sec](const Study& s) { return sec.get(s).delayRule == DelayRule::Given; });
    bar->addInt(tr("Max dimension:"), tr("Dimensions 1..M are tested"),
                QStringLiteral("embedding.max_dimension"), 1, 30,
                sec.field<int>(&DimensionOptions::maxDimension));
    bar->addInt(tr("Theiler:"), tr("Neighbours closer in time than this are skipped"),
                QStringLiteral("embedding.theiler"), 0, 1000000,
                sec.field<int>(&DimensionOptions::theilerWindow));
    bar->addNumber(tr("R_tol:"), tr("Kennel's R_tol: distance growth that makes a neighbour false"),
                   QStringLiteral("embedding.rtol"), sec.field<double>(&DimensionOptions::rTol));
    bar->addNumber(
        tr("FNN threshold:"), tr("The chosen dimension is the first whose false fraction is below this"),
        QStringLiteral("embedding.fnn_threshold"), sec.field<double>(&DimensionOptions::fnnThreshold));
    bar->addNumber(
        tr("Cao threshold:"), tr("Cao's chosen dimension is the first d with E1(d) at or above this"),
        QStringLiteral("embedding.cao_threshold"), sec.field<double>(&DimensionOptions::caoThreshold));
    return bar;
}

} // namespace nd
