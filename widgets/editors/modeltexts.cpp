#include "editors/modeltexts.h"

#include "network/chainnetwork.h"

#include <QStringList>

#include <cmath>

namespace nd {

ModelFamily ModelTexts::family(const std::string& type)
{
    if (type == "chialvo" || type == "memristive-chialvo" || type == "rulkov")
        return ModelFamily::NeuronMaps;
    if (type == "logistic" || type == "delayed-logistic" || type == "henon")
        return ModelFamily::ReferenceMaps;
    if (type == "ring-star" || type == "ring-star-k4" || type == "chain")
        return ModelFamily::MapNetworks;
    if (type == "kuramoto" || type == "akorn" || type == "akorn-grid")
        return ModelFamily::OscillatorNetworks;
    if (type == "equations")
        return ModelFamily::TypedModels;
    return ModelFamily::Other;
}

QString ModelTexts::familyName(ModelFamily family)
{
    switch (family) {
    case ModelFamily::NeuronMaps:
        return tr("Neuron maps");
    case ModelFamily::ReferenceMaps:
        return tr("Reference maps");
    case ModelFamily::MapNetworks:
        return tr("Networks of neuron maps");
    case ModelFamily::OscillatorNetworks:
        return tr("Oscillator networks");
    case ModelFamily::TypedModels:
        return tr("Your own models");
    case ModelFamily::Other:
        break;
    }
    return tr("Other models");
}

QString ModelTexts::familyToolTip(ModelFamily family)
{
    switch (family) {
    case ModelFamily::NeuronMaps:
        return tr("Single neuron maps: Chialvo, memristive Chialvo, Rulkov");
    case ModelFamily::ReferenceMaps:
        return tr("Classic maps for validation and teaching: logistic, delayed logistic, Hénon");
    case ModelFamily::MapNetworks:
        return tr(
            "Neuron maps coupled through their activation x: ring-star networks and heterogeneous chains");
    case ModelFamily::OscillatorNetworks:
        return tr("Phase and vector oscillators: Kuramoto (continuous time) and AKOrN");
    case ModelFamily::TypedModels:
        return tr("Maps and ODEs you type in NeuroDyn's model language");
    case ModelFamily::Other:
        break;
    }
    return tr("Models of the engine without a family of their own");
}

QString ModelTexts::displayName(const std::string& type)
{
    if (type == "chialvo")
        return tr("Chialvo map");
    if (type == "memristive-chialvo")
        return tr("Memristive Chialvo map");
    if (type == "rulkov")
        return tr("Rulkov map");
    if (type == "typed") // a network's node type: the map written in its node-definition setting
        return tr("Typed map");
    if (type == "logistic")
        return tr("Logistic map");
    if (type == "delayed-logistic")
        return tr("Delayed logistic map");
    if (type == "henon")
        return tr("Hénon map");
    if (type == "ring-star")
        return tr("Ring-star network");
    if (type == "ring-star-k4")
        return tr("Higher-order ring-star (K4)");
    if (type == "chain")
        return tr("Heterogeneous chain");
    if (type == "kuramoto")
        return tr("Kuramoto oscillators");
    if (type == "akorn")
        return tr("AKOrN vector oscillators");
    if (type == "akorn-grid")
        return tr("AKOrN on an image grid");
    if (type == "equations")
        return tr("Typed model (equations)");
    return QString::fromStdString(type);
}

QString ModelTexts::modelToolTip(const std::string& type)
{
    if (type == "chialvo")
        return tr("Chialvo's two-variable neuron map: activation x, recovery y");
    if (type == "memristive-chialvo")
        return tr("Chialvo map with an electromagnetic flux variable phi acting through a memristor");
    if (type == "rulkov")
        return tr("Rulkov's chaotic map: fast variable x, slow variable y");
    if (type == "logistic")
        return tr("x' = r x (1 - x)");
    if (type == "delayed-logistic")
        return tr("x' = r x (1 - y), y' = x: a Neimark-Sacker bifurcation at r = 2");
    if (type == "henon")
        return tr("x' = 1 - a x² + y, y' = b x");
    if (type == "ring-star")
        return tr(
            "Hub node 0 coupled to a ring of N-1 nodes (star coupling mu, ring coupling sigma with range R), "
            "optionally with triadic coupling sigma2 over triangles");
    if (type == "ring-star-k4")
        return tr("The smallest higher-order ring-star: hub and three ring nodes, the complete graph K4, "
                  "with pairwise strength sigma1 and triadic strength sigma2");
    if (type == "chain")
        return tr(
            "An ordered chain of neuron maps of any types with an independent coupling strength in each "
            "direction between neighbours");
    if (type == "kuramoto")
        return tr("Kuramoto / Sakaguchi-Kuramoto phase oscillators, an ODE in continuous time");
    if (type == "akorn")
        return tr("AKOrN-style unit vectors rotating and synchronising in discrete steps");
    if (type == "akorn-grid")
        return tr("AKOrN oscillators on a pixel grid with convolutional or attention coupling and a "
                  "stimulus from a silhouette image");
    if (type == "equations")
        return tr("A map or an ODE of your own, typed in the model language (File > New Typed Model)");
    return tr("Model '%1' of the engine").arg(QString::fromStdString(type));
}

QString ModelTexts::settingLabel(const std::string& type, const std::string& key)
{
    if (key == "N")
        return type == "kuramoto" ? tr("Oscillators (N)")
               : type == "akorn"  ? tr("Units (N)")
                                  : tr("Nodes (N)");
    if (key == "R")
        return tr("Ring range (R)");
    if (key == "n")
        return tr("Unit dimension (n)");
    if (key == "node")
        return tr("Node map");
    if (key == "nodes")
        return tr("Node maps");
    if (key == "node-definition")
        return tr("Typed node map");
    if (key == "node-coupling")
        return tr("Typed node coupling");
    if (key == "triangles")
        return tr("Triangles");
    if (key == "hub-normalisation")
        return tr("Hub normalisation");
    if (key == "form")
        return tr("Triadic form");
    if (key == "counting")
        return tr("Triangle counting");
    if (key == "triadic-normalisation")
        return tr("Triadic normalisation");
    if (key == "coupling")
        return tr("Coupling");
    if (key == "topology")
        return tr("Topology");
    if (key == "edges")
        return tr("Edges");
    if (key == "normalisation")
        return tr("Normalisation");
    if (key == "frequencies")
        return tr("Frequency law");
    if (key == "sampling")
        return tr("Sampling");
    if (key == "seed")
        return tr("Seed");
    if (key == "backend")
        return tr("Backend");
    if (key == "omegas")
        return tr("Frequencies");
    if (key == "convention")
        return tr("Convention");
    if (key == "project")
        return tr("Projection");
    if (key == "c-norm")
        return tr("Stimulus normalisation");
    if (key == "omega-layer")
        return tr("Omega layer");
    if (key == "mask")
        return tr("Silhouette");
    if (key == "kernel")
        return tr("Kernel");
    if (key == "kernel-size")
        return tr("Kernel size");
    return QString::fromStdString(key);
}

QString ModelTexts::settingToolTip(const std::string& type, const std::string& key,
                                   const std::string& engineDescription)
{
    if (key == "N" && type == "ring-star")
        return tr("Number of nodes: the hub plus N-1 ring nodes (at least 3)");
    if (key == "N" && type == "kuramoto")
        return tr("Number of oscillators (at least 2)");
    if (key == "N" && type == "akorn")
        return tr("Number of unit vectors (at least 1)");
    if (key == "R" && type == "ring-star")
        return tr("Each ring node couples to its R nearest ring neighbours on each side (0 <= 2R <= N-2)");
    if (key == "R" && type == "kuramoto")
        return tr("Topology ring: each oscillator couples to R neighbours on each side (1 <= R, 2R <= N-1)");
    if (key == "n")
        return tr("Dimension of every unit vector (even, at least 2)");
    if (key == "node")
        return tr("Neuron map used at every node of the network");
    if (key == "nodes")
        return tr(
            "Ordered node maps of the chain (at least 2), numbered from 1 in the coupling names; node i "
            "couples to nodes i-1 and i+1");
    if (key == "node-definition")
        return tr("The map of the nodes of type typed, in the model language (one statement per line); its "
                  "parameters appear as t_<name>");
    if (key == "node-coupling")
        return tr("The variable of a typed node through which the coupling acts, as on x of the built-in "
                  "maps (empty: its first variable)");
    if (key == "triangles" && type == "ring-star")
        return tr("Triangles carrying the triadic coupling sigma2: none, those through the hub, those within "
                  "the ring, or all");
    if (key == "triangles")
        return tr("Triangles carrying sigma2: all four, the three containing the hub, or only the ring "
                  "triangle");
    if (key == "hub-normalisation")
        return tr("Star term of the hub: the plain sum over the ring, or divided by the ring size N-1");
    if (key == "form")
        return tr("Triadic coupling g: linear x_j+x_k-2x_i, product x_j x_k-x_i², cubic x_j² x_k-x_i³");
    if (key == "counting")
        return tr("Each triangle counted once per node, or once for each ordered pair (j,k) and (k,j)");
    if (key == "triadic-normalisation")
        return tr("Divide a node's triadic sum by its number of triangles (degree), or not (none)");
    if (key == "coupling" && type == "chain")
        return tr(
            "Coupling term of node i from its neighbour j: sigma_ij (x_j - x_i) (diffusive) or sigma_ij "
            "x_j (direct); the first index receives: sigma_12 is node 2 acting on node 1");
    if (key == "coupling" && type == "akorn")
        return tr("Coupling J_ij: none, J/N between all pairs, or J between ring neighbours");
    if (key == "topology")
        return tr("Coupling graph: all-to-all (mean field), a ring of range R, or the edge list below");
    if (key == "edges")
        return tr("Edges for topology graph, comma-separated: i-j (both ways), i>j (j acts on i), optional "
                  ":weight, e.g. 0-1,1-2:0.5,3>2");
    if (key == "normalisation")
        return tr(
            "Divide the coupling sum by N, by the node's degree, or not at all; auto is N for all-to-all "
            "and the degree otherwise");
    if (key == "frequencies")
        return tr("Law of the natural frequencies omega_i = omega0 + gamma z_i, or the explicit list below");
    if (key == "sampling")
        return tr("Draw the frequencies at random (with the seed) or place them at the quantiles of the law");
    if (key == "seed")
        return tr("Seed of the random frequency draws: the same seed gives the same frequencies");
    if (key == "omegas")
        return tr("Explicit natural frequencies, comma-separated, exactly N values (frequency law explicit)");
    if (key == "convention" && (type == "akorn" || type == "akorn-grid"))
        return tr("official: the rotation of the released AKOrN code, clockwise on each plane; neurodyn-2025: "
                  "NeuroDyn's first AKOrN, counter-clockwise (studies saved before the setting existed)");
    if (key == "c-norm" && (type == "akorn" || type == "akorn-grid"))
        return tr("none, or group: the stimulus pattern shifted to mean 0 and scaled to variance 1 over each "
                  "oscillator group's channels and all positions (GroupNorm), then scaled by c");
    if (key == "omega-layer" && (type == "akorn" || type == "akorn-grid"))
        return tr(
            "rotation: the natural term Omega x turns each plane at omega (the paper's); identity: the "
            "official code's use_omega=False, whose omega layer is the identity, so each step adds gamma x "
            "and omega is unused");
    if (key == "backend")
        return tr(
            "How a typed model runs: auto compiles it with the system's C++ compiler when there is one, "
            "compiled insists on that, interpreter never compiles");
    return QString::fromStdString(engineDescription);
}

} // namespace nd

namespace nd {

namespace {
// The 0-based nodes of a chain coupling; false for any other parameter.
bool chainCoupling(const Model& model, const ParameterSpec& spec, int& target, int& source)
{
    const auto* chain = dynamic_cast<const ChainNetwork*>(&model);
    return chain && ChainNetwork::strengthNodes(spec.name, chain->nodeCount(), target, source);
}
} // namespace

QString ModelTexts::parameterLabel(const Model& model, const ParameterSpec& spec)
{
    int target = 0, source = 0;
    if (!chainCoupling(model, spec, target, source))
        return QString::fromStdString(spec.name);
    return QStringLiteral("%1 (%2 \u2192 %3)")
        .arg(QString::fromStdString(spec.name))
        .arg(source + 1)
        .arg(target + 1);
}

QString ModelTexts::linkFormula(const ParameterLink& link)
{
    QStringList parts;
    const QString v = QString::fromStdString(link.name);
    for (const auto& t : link.targets) {
        QString rhs =
            t.scale == 1.0 ? v : QStringLiteral("%1 * %2").arg(QString::number(t.scale, 'g', 12), v);
        if (t.offset != 0.0)
            rhs += (t.offset > 0 ? QStringLiteral(" + ") : QStringLiteral(" - ")) +
                   QString::number(std::fabs(t.offset), 'g', 12);
        parts << QStringLiteral("%1 = %2").arg(QString::fromStdString(t.name), rhs);
    }
    return parts.join(QStringLiteral(", "));
}

QString ModelTexts::parameterToolTip(const Model& model, const ParameterSpec& spec)
{
    if (const ParameterLink* l = model.link(model.parameterIndex(spec.name)))
        return tr("Linked parameter: sets %1").arg(linkFormula(*l));
    QString text = ownParameterToolTip(model, spec);
    if (const ParameterLink* by = model.linkOf(spec.name))
        text += QStringLiteral(" — ") +
                tr("Set by the linked parameter %1").arg(QString::fromStdString(by->name));
    return text;
}

QString ModelTexts::ownParameterToolTip(const Model& model, const ParameterSpec& spec)
{
    int target = 0, source = 0;
    if (!chainCoupling(model, spec, target, source))
        return QString::fromStdString(spec.description);
    const QString name = QString::fromStdString(spec.name);
    const QString xa = QStringLiteral("x%1").arg(target), xb = QStringLiteral("x%1").arg(source);
    const bool direct = model.settings().count("coupling") && model.settings().at("coupling") == "direct";
    return tr("%1: node %2 acts on node %3 (nodes numbered from 1; the term %4 is added to %5')")
        .arg(name)
        .arg(source + 1)
        .arg(target + 1)
        .arg(direct ? QStringLiteral("%1 * %2").arg(name, xb)
                    : QStringLiteral("%1 * (%2 - %3)").arg(name, xb, xa))
        .arg(xa);
}

ModelDescription describeModel(const Model& model)
{
    ModelDescription d;
    d.type = model.typeName();
    d.displayName = ModelTexts::displayName(d.type);
    d.description = ModelTexts::modelToolTip(d.type);
    d.time = model.timeKind();
    d.variables = model.variableNames();
    d.initialState = model.defaultInitialState();
    for (const ParameterSpec& s : model.parameterSpecs())
        d.parameters.push_back({s, ModelTexts::parameterToolTip(model, s)});
    const Settings current = model.settings();
    for (const SettingSpec& s : model.settingSpecs()) {
        const auto it = current.find(s.name);
        d.settings.push_back({s, it != current.end() ? it->second : s.defaultValue,
                              ModelTexts::settingLabel(d.type, s.name),
                              ModelTexts::settingToolTip(d.type, s.name, s.description)});
    }
    return d;
}

} // namespace nd
