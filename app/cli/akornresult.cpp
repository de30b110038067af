#include "cli/akornresult.h"

#include "cli/resultfiles.h"
#include "compute/akorncompute.h"

#include <cmath>

namespace nd::cli {

namespace {
QByteArray cell(double v)
{
    return std::isfinite(v) ? csvNumber(v) : QByteArray();
}
} // namespace

bool writeAkorn(const RunContext& context, QString& error)
{
    const Study& study = context.plan.study;
    const compute::AkornComputation c = compute::akorn(study, context.progress);
    const AkornRunResult& r = c.result;
    QByteArray csv = "step,energy,energy_code,order_inside,order_outside\n";
    for (std::size_t t = 0; t < r.energy.size(); ++t)
        csv += csvLine({QByteArray::number(static_cast<qulonglong>(t)), csvNumber(r.energy[t]),
                        csvNumber(r.codeEnergy[t]), cell(r.orderInside[t]), cell(r.orderOutside[t])});
    QJsonObject twin = twinFor(study, QStringLiteral("akorn"));
    twin.insert(QStringLiteral("steps"), static_cast<double>(r.energy.size() - 1));
    twin.insert(QStringLiteral("final_energy"), r.energy.back());
    twin.insert(QStringLiteral("final_energy_code"), r.codeEnergy.back());
    if (std::isfinite(r.orderInside.back()))
        twin.insert(QStringLiteral("final_order_inside"), r.orderInside.back());
    if (std::isfinite(r.orderOutside.back()))
        twin.insert(QStringLiteral("final_order_outside"), r.orderOutside.back());
    twin.insert(
        QStringLiteral("conventions"),
        QStringLiteral("row t is the state after t steps from the study's initial state (t = 0: the initial "
                       "state); energy = -1/2 sum_ij x_i^T J_ij x_j - sum_i c_i^T x_i (the paper's form), "
                       "energy_code = -sum_i x_i . (sum_j J_ij x_j + c_i) (the form the official code logs, "
                       "without 1/2; its list has a 0 placeholder first, and its entry t + 1 is our row t); "
                       "with attention coupling J depends on the state and the same formula is evaluated; "
                       "order: grid: mean over the pixels inside (outside) the silhouette of the local "
                       "order parameter, the norm of the mean of x over a (2 radius + 1)^2 window clipped at "
                       "the border, averaged over a pixel's oscillators; network: the norm of the mean of "
                       "all units (order_outside empty)"));
    // What each figure draws (written by builds with figures unless --no-figures; the JSON is
    // the same either way, as every twin's).
    QJsonObject figures{
        {QStringLiteral("akorn-order"),
         QStringLiteral("mean local order inside and outside the silhouette against the step")},
        {QStringLiteral("akorn-energy"),
         QStringLiteral(
             "energy (the paper's form) and energy_code (the code's logged form, dashed) against the "
             "step")}};
    if (r.grid) {
        figures.insert(
            QStringLiteral("akorn-orientation"),
            QStringLiteral("hue image of atan2(x_1, x_0) of every pixel's first oscillator after the "
                           "last step, the silhouette's border dotted"));
        figures.insert(QStringLiteral("akorn-local_order"),
                       QStringLiteral("image of every pixel's local order after the last step"));
    }
    twin.insert(QStringLiteral("figures"), figures);
    if (r.grid) {
        twin.insert(QStringLiteral("image_csv"), QStringLiteral("akorn-image.csv"));
        QByteArray image = "row,column,inside,angle,local_order\n";
        for (int row = 0; row < r.height; ++row)
            for (int col = 0; col < r.width; ++col) {
                const auto p = static_cast<std::size_t>(row) * static_cast<std::size_t>(r.width) +
                               static_cast<std::size_t>(col);
                image += QByteArray::number(row) + ',' + QByteArray::number(col) + ',' +
                         (r.mask[p] ? "1," : "0,") + csvNumber(r.angle[p]) + ',' + csvNumber(r.localOrder[p]) +
                         '\n';
            }
        if (!context.sink.file(QStringLiteral("akorn-image.csv"), image, error))
            return false;
    }
    return writeResult(context, QStringLiteral("akorn"), csv, twin, error) && writeFigures(context, c, error);
}

} // namespace nd::cli
