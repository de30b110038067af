#include "network/neuromfaseries.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"
#include "io/weightfile.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <sstream>

namespace nd {

namespace {

bool isWeightFile(const std::filesystem::path& p)
{
    const std::string e = p.extension().string();
    return e == ".safetensors" || e == ".npz" || e == ".npy";
}

} // namespace

std::optional<double> stepFromFileName(const std::string& fileName)
{
    std::string stem = std::filesystem::path(fileName).filename().string();
    const std::size_t dot = stem.rfind('.');
    if (dot != std::string::npos && dot > 0)
        stem.resize(dot);
    std::string lower = stem;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto digitsAt = [&](std::size_t at) -> std::optional<double> {
        std::size_t end = at;
        while (end < stem.size() && std::isdigit(static_cast<unsigned char>(stem[end])))
            ++end;
        if (end == at || end - at > 15)
            return std::nullopt;
        return std::stod(stem.substr(at, end - at));
    };
    for (std::size_t at = lower.find("step"); at != std::string::npos; at = lower.find("step", at + 1)) {
        std::size_t d = at + 4;
        if (d < stem.size() && (stem[d] == '-' || stem[d] == '_' || stem[d] == '.'))
            ++d;
        if (const auto step = digitsAt(d))
            return step;
    }
    for (std::size_t end = stem.size(); end > 0; --end)
        if (std::isdigit(static_cast<unsigned char>(stem[end - 1]))) {
            std::size_t begin = end;
            while (begin > 0 && std::isdigit(static_cast<unsigned char>(stem[begin - 1])))
                --begin;
            return digitsAt(begin);
        }
    return std::nullopt;
}

std::vector<NeuroMfaCheckpoint> neuroMfaCheckpoints(const std::vector<std::string>& paths)
{
    namespace fs = std::filesystem;
    std::vector<NeuroMfaCheckpoint> out;
    auto add = [&](const fs::path& p) {
        const auto step = stepFromFileName(p.filename().string());
        if (!step)
            throw InputError(p.string() + ": the file name carries no training step (name it like step1000.safetensors)");
        out.push_back({p.string(), *step});
    };
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<fs::path> files;
            for (const fs::directory_entry& e : fs::directory_iterator(path, ec))
                if (e.is_regular_file() && isWeightFile(e.path()))
                    files.push_back(e.path());
            if (files.empty())
                throw InputError(path + ": the folder holds no .safetensors, .npz or .npy checkpoint");
            for (const fs::path& p : files)
                add(p);
        } else if (fs::exists(path, ec)) {
            add(path);
        } else {
            throw InputError(path + ": no such file or folder");
        }
    }
    if (out.empty())
        throw InputError("no checkpoint given");
    std::stable_sort(out.begin(), out.end(),
                     [](const NeuroMfaCheckpoint& a, const NeuroMfaCheckpoint& b) { return a.step < b.step; });
    for (std::size_t i = 1; i < out.size(); ++i)
        if (out[i].step == out[i - 1].step)
            throw InputError(out[i - 1].path + " and " + out[i].path + " carry the same step " +
                             std::to_string(static_cast<long long>(out[i].step)));
    return out;
}

NeuroMfaSeriesResult neuroMfaSeries(const std::vector<NeuroMfaCheckpoint>& checkpoints,
                                    const NeuroMfaSeriesOptions& options, Progress* progress)
{
    if (checkpoints.empty())
        throw InputError("no checkpoint given");
    if (options.repeats == 0)
        throw InputError("repeats must be at least 1");
    NeuroMfaSeriesResult result;
    std::vector<NinSample> samples;
    std::vector<EmergenceSamples> emergence;
    const std::size_t total = checkpoints.size();
    for (std::size_t k = 0; k < total; ++k) {
        const NeuroMfaCheckpoint& c = checkpoints[k];
        const WeightFile file = WeightFile::open(c.path);
        if (k == 0) {
            result.layout = ninLayout(file, options.network);
            for (std::size_t r = 0; r < options.repeats; ++r)
                samples.push_back(drawNinSample(result.layout, options.network.samples, options.firstSeed + r));
        }
        NeuroMfaCheckpointResult cr;
        cr.checkpoint = c;
        cr.subnetworks.resize(options.repeats);
        std::vector<std::size_t> nodes(options.repeats), edges(options.repeats);
        ProgressSpan span(progress, static_cast<double>(k) / static_cast<double>(total),
                          static_cast<double>(k + 1) / static_cast<double>(total));
        NetworkSpectrumOptions spectrum = options.spectrum;
        spectrum.threads = 1; // the subnetworks are the parallel tasks
        std::atomic<std::size_t> done{0};
        const bool finished = parallelFor(
            options.repeats, options.threads,
            [&](std::size_t r) {
                const InteractionNetwork net = buildInteractionNetwork(file, result.layout, samples[r]);
                nodes[r] = net.graph.nodes;
                edges[r] = net.graph.edges.size();
                cr.subnetworks[r] = networkSpectrum(net.graph, spectrum);
                span.setProgress(static_cast<double>(++done) / static_cast<double>(options.repeats));
            },
            &span);
        if (!finished || (progress && progress->isCanceled())) {
            result.outcome = Outcome::Canceled;
            result.reason = kCanceledReason;
            result.checkpoints.clear();
            return result;
        }
        if (options.dropPageCache)
            (void)file.dropPageCache();
        cr.nodes = nodes.front();
        cr.edges = edges.front();
        // Elementwise mean and sd (ddof 0, numpy's default) over the passing subnetworks.
        std::vector<const NetworkSpectrumResult*> pass;
        for (const NetworkSpectrumResult& s : cr.subnetworks)
            if (s.defined && s.passesFilter && !s.alpha.empty())
                pass.push_back(&s);
        cr.passing = pass.size();
        if (!pass.empty()) {
            const std::size_t n = pass.front()->alpha.size();
            cr.alphaQ = pass.front()->alphaQ;
            cr.alphaMean.assign(n, 0.0);
            cr.alphaSd.assign(n, 0.0);
            cr.fMean.assign(n, 0.0);
            cr.fSd.assign(n, 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                double a = 0.0, f = 0.0;
                for (const NetworkSpectrumResult* s : pass) {
                    a += s->alpha[i];
                    f += s->fAlpha[i];
                }
                a /= static_cast<double>(pass.size());
                f /= static_cast<double>(pass.size());
                double va = 0.0, vf = 0.0;
                for (const NetworkSpectrumResult* s : pass) {
                    va += (s->alpha[i] - a) * (s->alpha[i] - a);
                    vf += (s->fAlpha[i] - f) * (s->fAlpha[i] - f);
                }
                cr.alphaMean[i] = a;
                cr.fMean[i] = f;
                cr.alphaSd[i] = std::sqrt(va / static_cast<double>(pass.size()));
                cr.fSd[i] = std::sqrt(vf / static_cast<double>(pass.size()));
            }
        }
        emergence.push_back(emergenceSamples(c.step, cr.subnetworks));
        result.checkpoints.push_back(std::move(cr));
    }
    result.emergence = emergenceSeries(emergence);
    std::ostringstream conventions;
    conventions << "NeuroMFA over training: per checkpoint " << options.repeats << " subnetworks (seeds "
                << options.firstSeed << ".." << options.firstSeed + options.repeats - 1
                << ", the same node subsets for every checkpoint) of the " << ninPresetName(result.layout.preset)
                << " neuron interaction network with s = " << options.network.samples
                << " neurons per layer; spectrum by " << networkSpectrumMethodName(options.spectrum.method)
                << "; alpha_0 and width averaged over the subnetworks that are defined and pass the filter "
                   "(sd with ddof 0); E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t)) from those means, t0 = the "
                   "first checkpoint.";
    result.conventions = conventions.str();
    return result;
}

BenchmarkScores parseBenchmarkScores(std::string_view text, const std::string& what)
{
    BenchmarkScores out;
    std::size_t lineNumber = 0;
    char separator = 0;
    auto split = [&](std::string_view line) {
        if (!separator)
            separator = line.find(',') != std::string_view::npos   ? ','
                        : line.find(';') != std::string_view::npos ? ';'
                                                                   : '\t';
        std::vector<std::string> fields;
        std::size_t start = 0;
        while (true) {
            const std::size_t end = line.find(separator, start);
            std::string field(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
            const auto first = field.find_first_not_of(" \t\"");
            const auto last = field.find_last_not_of(" \t\"\r");
            fields.push_back(first == std::string::npos ? std::string() : field.substr(first, last - first + 1));
            if (end == std::string_view::npos)
                break;
            start = end + 1;
        }
        return fields;
    };
    auto number = [&](const std::string& field, bool allowEmpty) {
        if (field.empty()) {
            if (allowEmpty)
                return std::numeric_limits<double>::quiet_NaN();
            throw InputError(what + ": line " + std::to_string(lineNumber) + ": the step is empty");
        }
        char* end = nullptr;
        const double v = std::strtod(field.c_str(), &end);
        if (end != field.c_str() + field.size() || !std::isfinite(v))
            throw InputError(what + ": line " + std::to_string(lineNumber) + ": '" + field + "' is not a number");
        return v;
    };
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#')
            continue;
        const std::vector<std::string> fields = split(line);
        if (out.names.empty() && out.steps.empty() && fields.size() > 0 && out.values.empty()) {
            if (fields.size() < 2)
                throw InputError(what + ": line " + std::to_string(lineNumber) +
                                 ": the header needs the step column and at least one benchmark");
            out.names.assign(fields.begin() + 1, fields.end());
            out.values.resize(out.names.size());
            continue;
        }
        if (fields.size() != out.names.size() + 1)
            throw InputError(what + ": line " + std::to_string(lineNumber) + ": " + std::to_string(fields.size()) +
                             " fields, the header has " + std::to_string(out.names.size() + 1));
        out.steps.push_back(number(fields[0], false));
        for (std::size_t k = 0; k < out.names.size(); ++k)
            out.values[k].push_back(number(fields[k + 1], true));
    }
    if (out.names.empty())
        throw InputError(what + ": no header line (step, then one column per benchmark)");
    if (out.steps.empty())
        throw InputError(what + ": no scores below the header");
    return out;
}

} // namespace nd
