// The ring-star fast path of orbit diagrams: the columns of a run become the members of one
// call of the engine's ring-star ensemble kernel (runRingStarEnsemble), which steps them in
// lockstep with vectorised loops over members.
#include "analysis/orbitlanes.h"
#include "analysis/orbittypednetwork.h"

#include "analysis/orbitraster.h"
#include "common/progress.h"
#include "ensemble/chialvoensemble.h"
#include "network/ringstar.h"

#include <cctype>

namespace nd {

namespace {

// Forwards cancellation only: the ensemble's own progress fractions must not overwrite the
// orbit diagram's.
class CancelOnly : public Progress {
public:
    explicit CancelOnly(const Progress* inner) : m_inner(inner) {}
    bool isCanceled() const override { return m_inner && m_inner->isCanceled(); }

private:
    const Progress* m_inner;
};

RingStarTriangles trianglesOf(const std::string& s)
{
    if (s == "hub")
        return RingStarTriangles::Hub;
    if (s == "ring")
        return RingStarTriangles::Ring;
    if (s == "all")
        return RingStarTriangles::All;
    return RingStarTriangles::None;
}

class NetworkRunner : public LaneRunner {
public:
    NetworkRunner(const Model& model, const OrbitRunSettings& s, const RingStarEnsembleSpec& spec)
        : m_model(model.clone()), m_s(s), m_spec(spec)
    {
        m_schedule.transient = s.transient;
        m_schedule.samples = s.samples;
        m_schedule.stride = 1;
        m_schedule.escapeBound = s.escapeBound;
        m_schedule.exp = s.exactArithmetic ? ExpMode::Exact : ExpMode::Fast;
        m_schedule.threads = 1; // the orbit diagram already runs one tile per worker
        m_schedule.block = kMaxLanes;
    }

    int lanes() const override { return kMaxLanes; }

    Outcome run(int lanes, const double* p, const std::vector<double>* x0, const Sink* sinks, bool* escaped,
                const Progress* progress) override
    {
        std::vector<RingStarMember> members;
        std::vector<std::vector<double>> initial;
        for (int l = 0; l < lanes; ++l) {
            m_model->setParameter(m_s.parameterIndex, p[l]);
            RingStarMember m;
            m.node = {m_model->parameter("a"), m_model->parameter("b"), m_model->parameter("c"),
                      m_model->parameter("k0")};
            m.mu = m_model->parameter("mu");
            m.sigma = m_model->parameter("sigma");
            m.sigma2 = m_model->parameter("sigma2");
            members.push_back(m);
            initial.push_back(x0[l]);
        }
        CancelOnly cancel(progress);
        const EnsembleResult r = runRingStarEnsemble(m_spec, members, initial, m_schedule, &cancel);
        if (r.canceled)
            return Outcome::Canceled;
        const auto samples = static_cast<std::size_t>(r.samples);
        for (int l = 0; l < lanes; ++l) {
            escaped[l] = r.escaped(static_cast<std::size_t>(l));
            if (escaped[l])
                continue;
            const double* v = r.values.data() + static_cast<std::size_t>(l) * samples;
            if (m_s.binDirect) {
                addToBins(v, samples, m_s.binLo, m_s.binHi, m_s.bins, sinks[l].counts);
            } else if (m_s.observable.section == Section::None) {
                sinks[l].values->insert(sinks[l].values->end(), v, v + samples);
            } else {
                const std::vector<double> sec =
                    applySection(std::vector<double>(v, v + samples), m_s.observable, 1.0);
                sinks[l].values->insert(sinks[l].values->end(), sec.begin(), sec.end());
            }
        }
        return Outcome::Done;
    }

private:
    std::unique_ptr<Model> m_model;
    OrbitRunSettings m_s;
    RingStarEnsembleSpec m_spec;
    EnsembleSchedule m_schedule;
};

} // namespace

std::unique_ptr<LaneRunner> createNetworkLaneRunner(const Model& model, const OrbitRunSettings& s)
{
    if (auto typed = createTypedNetworkLaneRunner(model, s))
        return typed;
    const auto* net = dynamic_cast<const RingStarNetwork*>(&model);
    if (!net || model.timeKind() != TimeKind::Map)
        return nullptr;
    const Settings settings = net->settings();
    if (settings.at("node") != "chialvo")
        return nullptr;
    // Per-node overrides ("node3.b") make the nodes differ: the kernel shares node parameters.
    for (const auto& [key, value] : settings)
        if (key.size() > 4 && key.rfind("node", 0) == 0 && std::isdigit(static_cast<unsigned char>(key[4])))
            return nullptr;
    RingStarEnsembleSpec spec;
    spec.nodes = net->nodeCount();
    spec.range = std::stoi(settings.at("R"));
    spec.hubNormalised = settings.at("hub-normalisation") == "ring-size";
    spec.triangles = trianglesOf(settings.at("triangles"));
    spec.form = net->description().form;
    spec.counting = net->description().counting;
    spec.normaliseTriadic = net->description().normaliseTriadic;
    // The observable: x of one node, or the mean x over all nodes in node order (the sum order
    // of Observable::value and of the ensemble's mean).
    const auto& idx = s.observable.indices;
    if (idx.size() == 1 && idx[0] % 2 == 0) {
        spec.observedNode = idx[0] / 2;
    } else if (idx.size() == static_cast<std::size_t>(spec.nodes)) {
        for (std::size_t i = 0; i < idx.size(); ++i)
            if (idx[i] != static_cast<int>(2 * i))
                return nullptr;
        spec.observedNode = -1;
    } else {
        return nullptr;
    }
    return std::make_unique<NetworkRunner>(model, s, spec);
}

} // namespace nd
