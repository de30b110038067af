# Type stubs of the package neurodyn (the extension neurodyn._core, re-exported), so that editors
# and type checkers complete names, keywords and return types. tests/python/test_stubs.py checks
# that the public names here are exactly the module's and that every keyword named here is one the
# module accepts. Conventions (units, undefined values, the keys of result dicts) are in the
# functions' docstrings and in docs/python.md.
import os
from typing import Any, Callable, Literal, Mapping, Sequence

import numpy as np
import numpy.typing as npt

__version__: str

# What array arguments accept: anything numpy turns into a real array (float64 C-contiguous
# arrays are used without a copy). Strings, objects, complex and booleans raise TypeError.
_Array = npt.ArrayLike
# The fraction done, 0..1, called from the calling thread about every 20 ms.
_Progress = Callable[[float], Any] | None
_Path = str | os.PathLike[str]

# ---- models and simulation ----------------------------------------------------------------------

def models() -> list[dict[str, Any]]:
    """Every model type: {"name", "display_name", "description", "family", "time" ("map"|"flow"),
    "dimension", "variables", "initial_state", "parameters" [{"name", "default", "min", "max",
    "typical_min", "typical_max", "description"}], "settings" [{"name", "value", "choices",
    "label", "description"}], "presets"}."""

class Model:
    """One model of the engine: a map or a flow, with its parameter values and settings."""

    def __init__(
        self,
        name: str,
        params: Mapping[str, float] | None = None,
        settings: Mapping[str, Any] | None = None,
        definition: str | None = None,
    ) -> None: ...
    @property
    def name(self) -> str: ...
    @property
    def dimension(self) -> int: ...
    @property
    def variables(self) -> list[str]: ...
    @property
    def parameters(self) -> dict[str, float]: ...
    @property
    def settings(self) -> dict[str, Any]: ...
    @property
    def time(self) -> Literal["map", "flow"]: ...
    @property
    def initial_state(self) -> npt.NDArray[np.float64]: ...
    def step(self, state: _Array) -> npt.NDArray[np.float64]:
        """Maps: the next state; flows: the vector field at `state`."""
    def jacobian(self, state: _Array) -> npt.NDArray[np.float64]:
        """The d x d Jacobian at `state` (of the map, or of the vector field)."""
    def with_params(self, **values: float) -> Model:
        """A copy with the given parameters changed."""

def simulate(
    model: Model,
    x0: _Array | None = None,
    steps: int = 1000,
    transient: int = 0,
    stride: int = 1,
    dt: float | None = None,
    method: Literal["rk4", "dormand_prince"] | None = None,
    threads: int | None = None,
    progress: _Progress = None,
) -> npt.NDArray[np.float64]:
    """The trajectory, steps x dimension, as `neurodyn-cli simulate` writes it."""

# ---- analyses: settings as the study file's section, result as `neurodyn-cli run`'s twin -------

def orbit_diagram(
    model: Model,
    settings: Mapping[str, Any] | None = None,
    x0: _Array | None = None,
    threads: int | None = None,
    progress: _Progress = None,
    **keys: Any,
) -> dict[str, Any]: ...
def lyapunov(
    model: Model,
    settings: Mapping[str, Any] | None = None,
    x0: _Array | None = None,
    threads: int | None = None,
    progress: _Progress = None,
    **keys: Any,
) -> dict[str, Any]: ...
def fixed_points(
    model: Model,
    settings: Mapping[str, Any] | None = None,
    x0: _Array | None = None,
    threads: int | None = None,
    progress: _Progress = None,
    **keys: Any,
) -> dict[str, Any]: ...
def continuation(
    model: Model,
    settings: Mapping[str, Any] | None = None,
    x0: _Array | None = None,
    threads: int | None = None,
    progress: _Progress = None,
    **keys: Any,
) -> dict[str, Any]:
    """Also "branches" (list of dicts with arrays) and "special_points" (list of dicts with
    "label", "parameters", "state", "multipliers")."""
def basins(
    model: Model,
    settings: Mapping[str, Any] | None = None,
    x0: _Array | None = None,
    threads: int | None = None,
    progress: _Progress = None,
    **keys: Any,
) -> dict[str, Any]: ...
def scan(
    model: Model,
    settings: Mapping[str, Any] | None = None,
    x0: _Array | None = None,
    threads: int | None = None,
    progress: _Progress = None,
    **keys: Any,
) -> dict[str, Any]:
    """The study file's section parameter_scan."""

# ---- measures on numpy arrays: the same keys and values as `neurodyn-cli measure` --------------

def sampen(
    x: _Array,
    *,
    m: int | Literal["fnn", "cao"] = 2,
    r: float = 0.2,
    r_mode: Literal["sd", "abs"] = "sd",
    ddof: Literal[0, 1] = 0,
    match: Literal["le", "lt"] = "le",
    lag: int | Literal["ami", "acf"] = 1,
    templates: Literal["shared", "all"] = "shared",
    threads: int | None = None,
    progress: _Progress = None,
) -> dict[str, Any]:
    """Sample entropy -ln(A/B): "value" (None with "reason" when A or B is 0), "A", "B",
    "templates_A", "templates_B", "r_used", "sd", "settings", "conventions"."""
def zero_one(
    x: _Array,
    *,
    seed: int = 1,
    c_count: int = 100,
    c_min: float | None = None,
    c_max: float | None = None,
    c_values: _Array | None = None,
    n_cut: int = 0,
    full: bool = False,
    threads: int | None = None,
    progress: _Progress = None,
) -> dict[str, Any]:
    """The 0-1 test for chaos: "K", "K_c" (also "Kc"), "c", "n_cut", "oversampled", ..."""
def mfdfa(
    x: _Array,
    *,
    q: _Array | None = None,
    order: int = 1,
    scales: _Array | None = None,
    scale_min: int = 16,
    scale_max: int = 0,
    scale_count: int = 20,
    scale_list: _Array | None = None,
    threads: int | None = None,
    progress: _Progress = None,
    min_r2: float = 0.98,
) -> dict[str, Any]:
    """Multifractal DFA: "q", "h", "tau", "alpha", "f_alpha" (also "f") as arrays, "log_fq", ..."""
def kuramoto_r(
    phases: _Array,
    *,
    convention: Literal["given", "spike", "centred", "arctan", "hilbert"] = "given",
    y: _Array | None = None,
    threshold: float = 0.0,
    local_half_width: int = -1,
    ring_hub: int | None = None,
) -> dict[str, Any]:
    """Kuramoto order parameter of nodes x samples: "order_parameter_mean",
    "order_parameter_sd", "local_order", ..."""
def cross_correlation(
    X: _Array,
    *,
    correlation: Literal["all-pairs", "hub", "ring-neighbours"] = "all-pairs",
    hub: int = 1,
    ring_hub: int | None = None,
    threads: int | None = None,
) -> dict[str, Any]:
    """Zero-lag cross-correlation of nodes x samples: "cross_correlation_matrix",
    "cross_correlation_mean", "value", ..."""
def network_spectrum(
    edges: _Array,
    *,
    q: _Array | None = None,
    radii: _Array | None = None,
    radius_count: int = 20,
    threads: int | None = None,
    progress: _Progress = None,
    min_r2: float = 0.98,
    method: Literal["normalised-growth", "sandbox", "neuromfa-code", "neuromfa-paths"] = "normalised-growth",
    directed: bool = False,
    max_distance: float = 150.0,
    min_edges: int = 10,
    round_digits: int = 0,
    filter_mode: Literal[0, 1, 2, 3] = 0,
    centres: int = 0,
    seed: int = 1,
) -> dict[str, Any]:
    """Multifractal spectrum of a network; edges (k x 2) or (k x 3): source, target[, weight]
    (0-based node numbers): "q", "tau", "alpha", "f_alpha" (also "f"), ..."""
def mse(
    x: _Array,
    *,
    scales: int = 20,
    method: Literal["costa", "rcmse"] = "costa",
    tolerance: Literal["original", "per-scale"] = "original",
    m: int | Literal["fnn", "cao"] = 2,
    r: float = 0.2,
    r_mode: Literal["sd", "abs"] = "sd",
    ddof: Literal[0, 1] = 0,
    match: Literal["le", "lt"] = "le",
    threads: int | None = None,
    progress: _Progress = None,
) -> dict[str, Any]:
    """Multiscale sample entropy over scales 1..scales: "values" (NaN where undefined), "scales"
    (a dict per scale), "complexity_index", "sd", "settings", "conventions"."""
def permutation_entropy(
    x: _Array,
    *,
    order: int | Literal["fnn", "cao"] = 3,
    delay: int | Literal["ami", "acf"] = 1,
    normalise: bool = True,
    weighted: bool = False,
) -> dict[str, Any]:
    """Permutation entropy (Bandt-Pompe): "value", "windows", "patterns_seen",
    "patterns_missing", "max_entropy", "finite_size_bias", "warning" (only when N < 5 d!),
    "frequencies", ..."""
def apen(
    x: _Array,
    *,
    m: int | Literal["fnn", "cao"] = 2,
    r: float = 0.2,
    r_mode: Literal["sd", "abs"] = "sd",
    ddof: Literal[0, 1] = 0,
    match: Literal["le", "lt"] = "le",
    progress: _Progress = None,
) -> dict[str, Any]:
    """Approximate entropy Phi_m - Phi_(m+1): "value", "phi_m", "phi_m1", "templates_m",
    "templates_m1", "r_used", "sd", "settings", "conventions"."""
def embedding(
    x: _Array,
    *,
    delay: Literal["ami", "acf"] | int = "ami",
    max_lag: int = 0,
    bins: int = 0,
    max_dimension: int = 10,
    theiler: int = 0,
    rtol: float = 10.0,
    atol: float = 2.0,
    fnn_threshold: float = 0.01,
    cao_threshold: float = 0.9,
) -> dict[str, Any]:
    """Delay (mutual information or autocorrelation) and dimension (false nearest neighbours,
    Cao) for embedding a series: "delay", "fnn", "cao", "sd", "distance_evaluations", ..."""

# ---- study files ---------------------------------------------------------------------------------

class Study:
    """A study file: one model and the analyses to run on it."""

    @staticmethod
    def load(path: _Path) -> Study: ...
    @staticmethod
    def from_json(text: str) -> Study: ...
    @staticmethod
    def from_model(
        model: Model, analyses: Mapping[str, Any] | Sequence[str] | None = None, x0: _Array | None = None
    ) -> Study: ...
    def run(
        self,
        analyses: str | Sequence[str] | None = None,
        threads: int | None = None,
        progress: _Progress = None,
    ) -> dict[str, dict[str, Any]]:
        """Result name ("trajectory" always, "orbit_diagram", ...) -> the JSON twin's content +
        "table" (column -> float64 array, empty fields NaN, or list of str)."""
    def save(self, path: _Path) -> None: ...
    def to_json(self) -> str: ...
    @property
    def analyses(self) -> list[str]:
        """The analysis sections the study has, by their study-file names."""
    @property
    def notes(self) -> list[str]:
        """Old spellings the study file used (read as the new ones), one line each."""
    @property
    def title(self) -> str: ...
    @property
    def model(self) -> Model:
        """The study's model, with its parameters, settings and initial state."""

def example(name: str) -> Study:
    """A built-in example study (names: examples())."""
def examples() -> list[str]: ...

def rqa(
    x: _Array,
    *,
    m: int | Literal["fnn", "cao"] = 1,
    tau: int | Literal["ami", "acf"] = 1,
    eps: float = 0.1,
    eps_mode: Literal["sd", "abs", "rate"] = "sd",
    norm: Literal["max", "euclidean"] = "max",
    theiler: int = 1,
    lmin: int = 2,
    vmin: int = 2,
    window: int | None = None,
    step: int | None = None,
    matrix: bool = False,
    progress: _Progress = None,
) -> dict[str, Any]:
    """Recurrence quantification: "RR", "DET", "L_max", "L_mean", "ENTR", "LAM", "TT", "V_max",
    "eps_used", "points", "recurrences", "pairs", "sd", "diagonal_lines", "vertical_lines",
    ("matrix"), "settings", "conventions"; with window, "windows" (arrays per window)."""
