#include "gui/entropytasks.h"

#include "gui/embeddingcontrols.h"

#include "gui/significancecontrols.h"
#include "gui/studydocument.h"

#include <QBoxLayout>
#include <QLabel>

namespace nd {

namespace {

std::string firstVariable(const Model& model)
{
    const auto names = model.variableNames();
    return names.empty() ? std::string() : names.front();
}

// The view over the conventions label over the null histogram (hidden until a result has one).
QWidget* entropyBox(QWidget* view, QLabel* conventions, NullHistogramView* histogram)
{
    QWidget* box = viewWithNullHistogram(view, histogram);
    conventions->setWordWrap(true);
    conventions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    conventions->setContentsMargins(6, 2, 6, 2);
    static_cast<QBoxLayout*>(box->layout())->insertWidget(1, conventions);
    return box;
}

// "<value>: <conventions>", the number next to how it was computed.
void showConventions(QLabel* label, const QString& value, const std::string& conventions)
{
    label->setText(QCoreApplication::translate("EntropyTasks", "%1. Conventions: %2")
                       .arg(value, QString::fromStdString(conventions)));
}

// The measure's conventions, led by the numbers the embedding rules chose (when they chose any).
std::string withEmbedding(const std::string& conventions, const std::optional<EmbeddingChoice>& e)
{
    return e ? e->summary() + " chosen from the series by the embedding rules; " + conventions : conventions;
}

void clearConventions(QLabel* label)
{
    label->clear();
}

template <class Task>
std::vector<ExportController::Plot> entropyPlots(const Task& task, QwtPlot* view, NullHistogramView* null,
                                                 const QString& nullTitle)
{
    std::vector<ExportController::Plot> plots{{task.title(), task.fileStem(), view}};
    if (null->hasData())
        plots.push_back({nullTitle, task.fileStem() + QStringLiteral("-null"), null});
    return plots;
}

// m, r, r is, match: the tolerance controls MSE and ApEn share with sample entropy.
template <class T>
void addToleranceControls(SettingsBar* bar, const SectionRef<T>& sec, const QString& prefix)
{
    addRuledDimension(bar, sec, prefix + QStringLiteral(".m"),
                      QCoreApplication::translate("EntropyTasks", "m"),
                      QCoreApplication::translate("EntropyTasks", "Template length"), 1, 100, &T::m);
    bar->addNumber(QCoreApplication::translate("EntropyTasks", "r:"),
                   QCoreApplication::translate(
                       "EntropyTasks", "Tolerance: absolute, or a fraction of the standard deviation"),
                   prefix + QStringLiteral(".r"), sec.template field<double>(&T::r));
    // In the order of ToleranceKind.
    bar->addChoice(
        QCoreApplication::translate("EntropyTasks", "r is:"),
        QCoreApplication::translate(
            "EntropyTasks", "Whether r is an absolute distance or a fraction of the standard deviation"),
        prefix + QStringLiteral(".r_mode"),
        {QCoreApplication::translate("EntropyTasks", "absolute"),
         QCoreApplication::translate("EntropyTasks", "fraction of SD")},
        sec.template field<int>(&T::toleranceKind));
    bar->addChoice(QCoreApplication::translate("EntropyTasks", "Match:"),
                   QCoreApplication::translate(
                       "EntropyTasks", "Templates match when their Chebyshev distance is <= r or < r"),
                   prefix + QStringLiteral(".match"), {QStringLiteral("<= r"), QStringLiteral("< r")},
                   sec.template field<int>(&T::rule));
}

} // namespace

// --- multiscale entropy

MultiscaleEntropyTask::MultiscaleEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::multiscaleEntropy, parent),
      m_null(new NullHistogramView), m_conventions(new QLabel),
      m_box(entropyBox(m_view, m_conventions, m_null))
{
}

void MultiscaleEntropyTask::showMessage(const QString& text)
{
    ResultViewTask::showMessage(text);
    clearConventions(m_conventions);
    m_null->setMessage(text);
    m_null->hide();
}

std::vector<ExportController::Plot> MultiscaleEntropyTask::plots() const
{
    return entropyPlots(*this, m_view, m_null, tr("Multiscale entropy: null distribution"));
}

MultiscaleEntropySettings MultiscaleEntropyTask::defaults(const Study&, const Model& model) const
{
    MultiscaleEntropySettings s;
    s.variable = firstVariable(model);
    return s;
}

JobRunner::Work MultiscaleEntropyTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::multiscaleEntropy(s, t, p); });
}

void MultiscaleEntropyTask::showResult(const compute::MultiscaleEntropyComputation& r)
{
    std::vector<MultiscaleEntropyView::NullScale> band;
    for (const compute::MseNullScale& n : r.nullBand)
        band.push_back({n.scale, n.defined, n.mean, n.sd});
    m_view->setResult(r.result, r.options, band);
    showConventions(m_conventions,
                    r.result.complexityDefined
                        ? tr("Complexity index %1").arg(r.result.complexityIndex, 0, 'g', 10)
                        : tr("Complexity index undefined (a scale is undefined)"),
                    withEmbedding(r.result.conventions, r.embedding));
    showSignificance(m_null, r);
}

SettingsBar* MultiscaleEntropyTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change multiscale entropy"); });
    const auto& sec = section();
    bar->addSeriesVariable(QStringLiteral("mse.variable"),
                           sec.field<std::string>(&MultiscaleEntropySettings::variable));
    bar->addInt(tr("Scales:"), tr("Scales 1..S of the coarse-graining"), QStringLiteral("mse.scales"), 1,
                100000, sec.field<int>(&MultiscaleEntropySettings::maxScale));
    // In the order of MseMethod.
    bar->addChoice(
        tr("Method:"),
        tr("Costa: one coarse-grained series per scale; refined composite: the A and B counts of the "
           "s shifted coarse-grained series summed (defined at larger scales)"),
        QStringLiteral("mse.method"), {tr("Costa"), tr("refined composite")},
        sec.field<int>(&MultiscaleEntropySettings::method));
    bar->addChoice(
        tr("r from:"),
        tr("original: r from the original series' standard deviation at every scale (Costa et al.); "
           "per scale: from each coarse-grained series"),
        QStringLiteral("mse.tolerance"), {tr("original series"), tr("each scale")},
        sec.field<int>(&MultiscaleEntropySettings::tolerancePerScale));
    addToleranceControls(bar, sec, QStringLiteral("mse"));
    addSignificanceControls(bar, sec, QStringLiteral("mse"), {QStringLiteral("complexity_index")});
    return bar;
}

// --- permutation entropy

PermutationEntropyTask::PermutationEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::permutationEntropy, parent),
      m_null(new NullHistogramView), m_conventions(new QLabel),
      m_box(entropyBox(m_view, m_conventions, m_null))
{
}

void PermutationEntropyTask::showMessage(const QString& text)
{
    ResultViewTask::showMessage(text);
    clearConventions(m_conventions);
    m_null->setMessage(text);
    m_null->hide();
}

std::vector<ExportController::Plot> PermutationEntropyTask::plots() const
{
    return entropyPlots(*this, m_view, m_null, tr("Permutation entropy: null distribution"));
}

PermutationEntropySettings PermutationEntropyTask::defaults(const Study&, const Model& model) const
{
    PermutationEntropySettings s;
    s.variable = firstVariable(model);
    return s;
}

JobRunner::Work PermutationEntropyTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::permutationEntropy(s, t, p); });
}

void PermutationEntropyTask::showResult(const compute::PermutationEntropyComputation& r)
{
    m_view->setPermutationEntropy(r.result, r.options, r.embedding ? &*r.embedding : nullptr);
    showConventions(
        m_conventions,
        r.result.defined
            ? tr("Permutation entropy %1").arg(r.result.value, 0, 'g', 10)
            : tr("Permutation entropy undefined: %1").arg(QString::fromStdString(r.result.reason)),
        withEmbedding(r.result.conventions, r.embedding));
    showSignificance(m_null, r);
}

SettingsBar* PermutationEntropyTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change permutation entropy"); });
    const auto& sec = section();
    bar->addSeriesVariable(QStringLiteral("permutation_entropy.variable"),
                           sec.field<std::string>(&PermutationEntropySettings::variable));
    addRuledDimension(bar, sec, QStringLiteral("permutation_entropy.order"), tr("Order"),
                      tr("Order d of the ordinal patterns (d! patterns)"), kMinPermutationOrder,
                      kMaxPermutationOrder, &PermutationEntropySettings::order);
    addRuledDelay(bar, sec, QStringLiteral("permutation_entropy.delay"), tr("Delay"),
                  tr("Delay tau between a pattern's samples"), &PermutationEntropySettings::delay);
    bar->addCheck(tr("Weighted"),
                  tr("Each window counts with the variance of its values (Fadlallah et al. 2013), so small "
                     "fluctuations weigh less"),
                  QStringLiteral("permutation_entropy.weighted"),
                  sec.field<bool>(&PermutationEntropySettings::weighted));
    bar->addCheck(tr("Normalised"),
                  tr("Divide by ln d!, the entropy of all patterns equally likely (0 to 1)"),
                  QStringLiteral("permutation_entropy.normalised"),
                  sec.field<bool>(&PermutationEntropySettings::normalised));
    addSignificanceControls(bar, sec, QStringLiteral("permutation_entropy"), {QStringLiteral("value")});
    return bar;
}

// --- approximate entropy

ApproximateEntropyTask::ApproximateEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent)
    : ResultViewTask(document, pool, &AnalysisSettings::approximateEntropy, parent),
      m_null(new NullHistogramView), m_conventions(new QLabel),
      m_box(entropyBox(m_view, m_conventions, m_null))
{
}

void ApproximateEntropyTask::showMessage(const QString& text)
{
    ResultViewTask::showMessage(text);
    clearConventions(m_conventions);
    m_null->setMessage(text);
    m_null->hide();
}

std::vector<ExportController::Plot> ApproximateEntropyTask::plots() const
{
    return entropyPlots(*this, m_view, m_null, tr("Approximate entropy: null distribution"));
}

ApproximateEntropySettings ApproximateEntropyTask::defaults(const Study&, const Model& model) const
{
    ApproximateEntropySettings s;
    s.variable = firstVariable(model);
    return s;
}

JobRunner::Work ApproximateEntropyTask::work(const Study& study, int threads) const
{
    return resultJob(study, threads,
                     [](const Study& s, int t, Progress* p) { return compute::approximateEntropy(s, t, p); });
}

void ApproximateEntropyTask::showResult(const compute::ApproximateEntropyComputation& r)
{
    m_view->setApproximateEntropy(r.result, r.options, r.embedding ? &*r.embedding : nullptr);
    showConventions(
        m_conventions,
        r.result.defined
            ? tr("Approximate entropy %1").arg(r.result.value, 0, 'g', 10)
            : tr("Approximate entropy undefined: %1").arg(QString::fromStdString(r.result.reason)),
        withEmbedding(r.result.conventions, r.embedding));
    showSignificance(m_null, r);
}

SettingsBar* ApproximateEntropyTask::createSettingsBar()
{
    auto* bar = new SettingsBar(document(), []() { return tr("Change approximate entropy"); });
    const auto& sec = section();
    bar->addSeriesVariable(QStringLiteral("apen.variable"),
                           sec.field<std::string>(&ApproximateEntropySettings::variable));
    addToleranceControls(bar, sec, QStringLiteral("apen"));
    addSignificanceControls(bar, sec, QStringLiteral("apen"), {QStringLiteral("value")});
    return bar;
}

} // namespace nd
