#include "analysis/analysiscommon.h"

#include "common/errors.h"

#include <sstream>

namespace nd {

void checkMemory(double bytes, const ResourceLimits& limits, const std::string& what)
{
    if (bytes > static_cast<double>(limits.maxBytes)) {
        const auto mib = [](double b) {
            std::ostringstream os;
            os.precision(4);
            os << b / (1024.0 * 1024.0);
            return os.str();
        };
        throw InputError(
            ND_ENGINE_TEXT("%1 needs about %2 MiB, more than the limit of %3 MiB; reduce the sizes "
                           "(fewer columns, cells, bins, samples or kept points)"),
            {what, mib(bytes), mib(static_cast<double>(limits.maxBytes))});
    }
}

int resolveAxis(const Model& model, const ParameterAxis& axis, const ResourceLimits& limits,
                const std::string& field)
{
    int index = axis.index;
    if (!axis.parameter.empty()) {
        index = model.parameterIndex(axis.parameter);
        if (index < 0)
            throw InputError(ND_ENGINE_TEXT("%1: %2 has no parameter named '%3'"),
                             {field, model.typeName(), axis.parameter});
    }
    if (index < 0 || index >= model.parameterCount())
        throw InputError(ND_ENGINE_TEXT("%1: parameter index %2 does not exist"),
                         {field, std::to_string(index)});
    if (axis.count < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the number of values must be >= 1 (got %2)"),
                         {field, std::to_string(axis.count)});
    if (axis.count > limits.maxColumns)
        throw InputError(ND_ENGINE_TEXT("%1: %2 values is more than the limit of %3"),
                         {field, std::to_string(axis.count), std::to_string(limits.maxColumns)});
    requireFinite(axis.from, field + " start");
    requireFinite(axis.to, field + " end");
    if (axis.count > 1 && axis.from == axis.to)
        throw InputError(ND_ENGINE_TEXT("%1: the range is empty (start and end are both %2)"),
                         {field, std::to_string(axis.from)});
    const ParameterSpec& spec = model.parameterSpecs()[static_cast<std::size_t>(index)];
    for (double v : {axis.from, axis.to})
        if (v < spec.minimum || v > spec.maximum) {
            const auto text = [](double x) {
                std::ostringstream os;
                os << x;
                return os.str();
            };
            throw InputError(ND_ENGINE_TEXT("%1: %2 = %3 is outside its valid range [%4, %5]"),
                             {field, spec.name, text(v), text(spec.minimum), text(spec.maximum)});
        }
    return index;
}

std::vector<TileRange> makeTiles(int count, int size)
{
    std::vector<TileRange> tiles;
    if (size < 1)
        size = 1;
    for (int b = 0; b < count; b += size)
        tiles.push_back({b, std::min(count, b + size)});
    return tiles;
}

std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream)
{
    // splitmix64 of a combination; good enough to decorrelate neighbouring streams.
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::vector<double> initialStateFor(const Model& model, const std::vector<double>& given,
                                    const std::string& field)
{
    if (given.empty())
        return model.defaultInitialState();
    if (given.size() != static_cast<std::size_t>(model.dimension()))
        throw InputError(
            ND_ENGINE_TEXT("%1 has %2 values but %3 has %4 state variables"),
            {field, std::to_string(given.size()), model.typeName(), std::to_string(model.dimension())});
    const auto names = model.variableNames();
    for (std::size_t i = 0; i < given.size(); ++i)
        requireFinite(given[i], field + " (" + names[i] + ")");
    return given;
}

void validateStep(const Model& model, double dt, const std::string& field)
{
    if (model.timeKind() == TimeKind::Flow && !(std::isfinite(dt) && dt > 0.0))
        throw InputError(ND_ENGINE_TEXT("%1: the integration step must be a positive number (got %2)"),
                         {field, std::to_string(dt)});
}

Stepper::Stepper(const Model& model, double dt)
    : m_model(&model), m_flow(model.timeKind() == TimeKind::Flow), m_dt(dt), m_n(model.dimension())
{
    if (m_flow) {
        const auto n = static_cast<std::size_t>(m_n);
        m_k1.resize(n);
        m_k2.resize(n);
        m_k3.resize(n);
        m_k4.resize(n);
        m_tmp.resize(n);
    }
}

void Stepper::step(const double* x, double* out)
{
    if (!m_flow) {
        m_model->evaluate(x, out);
        return;
    }
    const double h = m_dt;
    m_model->evaluate(x, m_k1.data());
    for (int i = 0; i < m_n; ++i)
        m_tmp[i] = x[i] + 0.5 * h * m_k1[i];
    m_model->evaluate(m_tmp.data(), m_k2.data());
    for (int i = 0; i < m_n; ++i)
        m_tmp[i] = x[i] + 0.5 * h * m_k2[i];
    m_model->evaluate(m_tmp.data(), m_k3.data());
    for (int i = 0; i < m_n; ++i)
        m_tmp[i] = x[i] + h * m_k3[i];
    m_model->evaluate(m_tmp.data(), m_k4.data());
    for (int i = 0; i < m_n; ++i)
        out[i] = x[i] + h / 6.0 * (m_k1[i] + 2.0 * m_k2[i] + 2.0 * m_k3[i] + m_k4[i]);
}

} // namespace nd
