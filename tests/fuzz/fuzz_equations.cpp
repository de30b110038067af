// Fuzz target: the model language (issue 18). Any bytes either parse or give an EquationError
// (never a crash, a hang or another exception); a text that parses compiles, its canonical text
// parses back to the same model, its programs are straight-line code (every operand before its
// user) and the interpreter runs them, over lanes bit for bit like one state at a time.
#include "equations/modelsource.h"
#include "equations/program.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace {

void checkProgram(const nd::eq::Program& p, int dimension, int parameters)
{
    for (std::size_t i = 0; i < p.code.size(); ++i) {
        const nd::eq::Instruction& in = p.code[i];
        for (int k : {in.a, in.b, in.c})
            if (k >= static_cast<int>(i))
                __builtin_trap();
        if (in.op == nd::eq::Op::Variable && (in.index < 0 || in.index >= dimension))
            __builtin_trap();
        if (in.op == nd::eq::Op::Parameter && (in.index < 0 || in.index >= parameters))
            __builtin_trap();
    }
    for (int o : p.outputs)
        if (o < 0 || o >= p.scratchSize())
            __builtin_trap();
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (a != a && b != b);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The language's own limits bound the work of any text (parsing work, program length); a
    // smaller input cap keeps each run within the fuzzer's time limit under the sanitizers.
    if (size > 16384)
        return 0;
    const std::string text(reinterpret_cast<const char*>(data), size);
    nd::eq::ModelSource source;
    try {
        source = nd::eq::parseModelText(text);
    } catch (const nd::eq::EquationError&) {
        return 0;
    }
    const nd::eq::CompiledModel m = nd::eq::compileModel(source); // must not throw: the text parsed
    if (nd::eq::parseModelText(nd::eq::formatModelText(source)) != source)
        __builtin_trap();
    if (m.dimension != static_cast<int>(source.variables.size()) || m.step.outputs.size() != source.variables.size())
        __builtin_trap();
    for (const nd::eq::Program* p : {&m.step, &m.jacobian, &m.parameterJacobian, &m.auxiliary})
        checkProgram(*p, m.dimension, m.parameterCount);
    // A few evaluations: defaults, a second state from the input's bytes, then both as lanes.
    constexpr int kLanes = 2;
    const auto n = static_cast<std::size_t>(m.dimension);
    const auto np = static_cast<std::size_t>(m.parameterCount);
    std::vector<double> x(n * kLanes), p(np * kLanes);
    for (std::size_t i = 0; i < n; ++i) {
        x[i * kLanes] = source.variables[i].initial;
        x[i * kLanes + 1] = static_cast<double>(data[i % size]) / 37.0 - 3.0;
    }
    for (std::size_t k = 0; k < np; ++k)
        p[k * kLanes] = p[k * kLanes + 1] = source.parameters[k].value;
    std::vector<double> scratch;
    for (const nd::eq::Program* prog : {&m.step, &m.jacobian, &m.parameterJacobian, &m.auxiliary}) {
        const std::size_t outs = prog->outputs.size();
        std::vector<double> lanes(outs * kLanes), one(outs), xs(n), ps(np);
        nd::eq::evaluateLanes(*prog, kLanes, x.data(), p.data(), lanes.data(), scratch);
        for (int l = 0; l < kLanes; ++l) {
            for (std::size_t i = 0; i < n; ++i)
                xs[i] = x[i * kLanes + static_cast<std::size_t>(l)];
            for (std::size_t k = 0; k < np; ++k)
                ps[k] = p[k * kLanes + static_cast<std::size_t>(l)];
            nd::eq::evaluate(*prog, xs.data(), ps.data(), one.data(), scratch);
            for (std::size_t o = 0; o < outs; ++o)
                if (!sameBits(one[o], lanes[o * kLanes + static_cast<std::size_t>(l)]))
                    __builtin_trap();
        }
    }
    return 0;
}
