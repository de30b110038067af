#include "cli/figures.h"

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/clicommon.h"
#include "cli/figureexport.h"

#include "plots/plotexport.h"
#include "plots/plotpanel.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#endif

namespace nd::cli {

#ifdef NEURODYN_HAVE_FIGURES

bool figuresAvailable()
{
    return true;
}

void prepareFigurePlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

namespace {

// QPdfWriter stamps /CreationDate with the clock; a reproducible figure gets the time of
// SOURCE_DATE_EPOCH (reproducible-builds.org) or, without it, the epoch itself. The date is
// replaced by one of the same length, so the cross-reference offsets stay valid.
bool fixPdfDate(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error = QStringLiteral("%1: %2").arg(path, file.errorString()), false;
    QByteArray pdf = file.readAll();
    file.close();
    static const QRegularExpression date(
        QStringLiteral("/CreationDate \\(D:(\\d{14})(Z|[+-]\\d\\d'\\d\\d')\\)"));
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpressionMatch m = date.match(text);
    if (!m.hasMatch())
        return true;
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(ok && epoch >= 0 ? epoch : 0, QTimeZone::utc());
    const QByteArray stamp =
        when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1().rightJustified(14, '0', true) +
        (m.capturedLength(2) == 1 ? QByteArray("Z") : QByteArray("+00'00'"));
    pdf.replace(m.capturedStart(1), m.capturedLength(1) + m.capturedLength(2), stamp);
    return writeOutput(path, pdf, error);
}

// Draws through the drawFigures overloads of figures.h.
class WidgetFigureDrawer : public FigureDrawer {
public:
    bool draw(const RunContext& c, const Trajectory& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::FixedPointsResult& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::LyapunovComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::LyapunovAlongComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::BasinsComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::OrbitDiagramResult& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const ScanResult& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::ContinuationComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::ZeroOneComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::SampleEntropyComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::SynchronyComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::MfdfaComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::NetworkSpectrumComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::AttractorsComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::AkornComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::MultiscaleEntropyComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::PermutationEntropyComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::ApproximateEntropyComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::RqaComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::EmbeddingComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
    bool draw(const RunContext& c, const compute::NeuroMfaComputation& r, QString& e) const override
    {
        return drawFigures(c, r, e);
    }
};

} // namespace

const FigureDrawer* figureDrawer()
{
    static const WidgetFigureDrawer drawer;
    return &drawer;
}

bool exportFigure(QwtPlot* plot, const QDir& dir, const QString& base, QString& error)
{
    for (const char* suffix : {"png", "svg", "pdf"}) {
        const QString path = dir.filePath(base + QLatin1Char('.') + QLatin1String(suffix));
        if (!exportPlot(plot, path, {}, error) ||
            (std::strcmp(suffix, "pdf") == 0 && !fixPdfDate(path, error)))
            return false;
        noteWrittenFile(path);
    }
    return true;
}

bool exportParts(const PlotPanel& panel, const QDir& dir, const QString& base,
                 std::initializer_list<FigurePart> parts, QString& error)
{
    const auto shown = panel.plots();
    for (const FigurePart& p : parts) {
        const auto* data = dynamic_cast<const PlotData*>(p.plot);
        const bool visible =
            std::any_of(shown.begin(), shown.end(), [&](const auto& s) { return s.second == p.plot; });
        if (visible && data && data->hasData() &&
            !exportFigure(p.plot, dir, base + QLatin1Char('-') + QLatin1String(p.part), error))
            return false;
    }
    return true;
}

#else

bool figuresAvailable()
{
    return false;
}

void prepareFigurePlatform()
{
}

const FigureDrawer* figureDrawer()
{
    return nullptr;
}

#endif

} // namespace nd::cli
