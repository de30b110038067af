#include "oscillators/akornrun.h"

#include "common/errors.h"
#include "common/progress.h"
#include "oscillators/akorn.h"
#include "oscillators/akorngrid.h"

#include <cmath>
#include <limits>

namespace nd {

AkornRunResult runAkorn(const Model& model, std::span<const double> initial, const AkornRunOptions& options,
                        Progress* progress)
{
    const auto* network = dynamic_cast<const AkornNetwork*>(&model);
    const auto* grid = dynamic_cast<const AkornGrid*>(&model);
    if (!network && !grid)
        throw InputError("the AKOrN view needs an akorn or akorn-grid model, not " + model.typeName());
    if (static_cast<int>(initial.size()) != model.dimension())
        throw InputError("the initial state has " + std::to_string(initial.size()) + " values; the model has " +
                         std::to_string(model.dimension()) + " variables");
    for (double v : initial)
        if (!std::isfinite(v))
            throw InputError("the initial state holds a value that is not finite");
    if (options.steps < 1 || options.steps > 10'000'000)
        throw InputError("steps = " + std::to_string(options.steps) + " is outside 1..10000000");
    if (options.radius < 0 || options.radius > 1000)
        throw InputError("radius = " + std::to_string(options.radius) + " is outside 0..1000");

    AkornRunResult r;
    r.grid = grid != nullptr;
    const auto steps = static_cast<std::size_t>(options.steps);
    for (auto* series : {&r.energy, &r.codeEnergy, &r.orderInside, &r.orderOutside})
        series->reserve(steps + 1);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto record = [&](const std::vector<double>& x) {
        if (grid) {
            r.energy.push_back(grid->energy(x.data()));
            r.codeEnergy.push_back(grid->energy(x.data(), AkornEnergyForm::Code));
            const auto readout = akornGridReadout(grid->structure(), x.data(), options.radius);
            r.orderInside.push_back(readout.insideOrder);
            r.orderOutside.push_back(readout.outsideOrder);
            return;
        }
        r.energy.push_back(network->energy(x.data()));
        r.codeEnergy.push_back(network->energy(x.data(), AkornEnergyForm::Code));
        const int n = network->unitDimension(), units = network->units();
        double norm2 = 0.0;
        for (int k = 0; k < n; ++k) {
            double mean = 0.0;
            for (int i = 0; i < units; ++i)
                mean += x[static_cast<std::size_t>(i * n + k)];
            mean /= units;
            norm2 += mean * mean;
        }
        r.orderInside.push_back(std::sqrt(norm2));
        r.orderOutside.push_back(nan);
    };
    std::vector<double> x(initial.begin(), initial.end()), next(x.size());
    record(x);
    for (std::size_t t = 1; t <= steps; ++t) {
        model.evaluate(x.data(), next.data());
        x.swap(next);
        record(x);
        if (progress && t % 16 == 0) {
            progress->setProgress(static_cast<double>(t) / static_cast<double>(steps));
            if (progress->isCanceled()) {
                r.canceled = true;
                break;
            }
        }
    }
    if (grid) {
        const auto& s = grid->structure();
        r.height = s.height;
        r.width = s.width;
        auto readout = akornGridReadout(s, x.data(), options.radius);
        r.angle = std::move(readout.angle);
        r.localOrder = std::move(readout.localOrder);
        r.mask = s.mask;
    }
    r.finalState = std::move(x);
    return r;
}

} // namespace nd
