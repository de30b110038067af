<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Analysis</name>
        <message>
            <source>the parameter range is empty</source>
            <translation>参数范围为空</translation>
        </message>
    </context>
    <context>
        <name>AnalysisResults</name>
        <message>
            <source>fixed points</source>
            <translation>不动点</translation>
        </message>
        <message>
            <source>Lyapunov exponents</source>
            <translation>李雅普诺夫指数</translation>
        </message>
        <message>
            <source>0-1 test</source>
            <translation>0-1 检验</translation>
        </message>
        <message>
            <source>sample entropy</source>
            <translation>样本熵</translation>
        </message>
        <message>
            <source>synchrony</source>
            <translation>同步性</translation>
        </message>
        <message>
            <source>MFDFA</source>
            <translation>MFDFA</translation>
        </message>
        <message>
            <source>network spectrum</source>
            <translation>网络谱</translation>
        </message>
        <message>
            <source>continuation</source>
            <translation>延拓</translation>
        </message>
        <message>
            <source>basins</source>
            <translation>吸引域</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along a parameter</source>
            <translation>沿参数的 Lyapunov 谱</translation>
        </message>
        <message>
            <source>AKOrN run</source>
            <translation>AKOrN 运行</translation>
        </message>
        <message>
            <source>attractors</source>
            <translation>吸引子</translation>
        </message>
        <message>
            <source>NeuroMFA over training</source>
            <translation>训练过程中的 NeuroMFA</translation>
        </message>
        <message>
            <source>multiscale entropy</source>
            <translation>多尺度熵</translation>
        </message>
        <message>
            <source>permutation entropy</source>
            <translation>排列熵</translation>
        </message>
        <message>
            <source>approximate entropy</source>
            <translation>近似熵</translation>
        </message>
        <message>
            <source>embedding choices</source>
            <translation>嵌入选择</translation>
        </message>
        <message>
            <source>recurrence quantification</source>
            <translation>递归定量分析</translation>
        </message>
    </context>
    <context>
        <name>AttractorsResult</name>
        <message>
            <source>attractors parameter value %1 appears in two tiles</source>
            <translation>吸引子参数值 %1 出现在两个分块中</translation>
        </message>
        <message>
            <source>attractors parameter value %1 is in no tile</source>
            <translation>吸引子参数值 %1 不在任何分块中</translation>
        </message>
        <message>
            <source>attractors tile %1: its columns [%2, %3) are not in the axis of %4 values</source>
            <translation>吸引子分块 %1：其列 [%2, %3) 不在含 %4 个值的轴内</translation>
        </message>
        <message>
            <source>attractors tile %1, parameter value %2: the field '%3' is damaged, truncated or out of range</source>
            <translation>吸引子分块 %1，参数值 %2：字段 '%3' 已损坏、被截断或超出范围</translation>
        </message>
        <message>
            <source>attractors tile %1 has bytes after its last column</source>
            <translation>吸引子分块 %1 在最后一列之后还有多余字节</translation>
        </message>
    </context>
    <context>
        <name>BasinsResult</name>
        <message>
            <source>a basins tile does not match the study</source>
            <translation>某个吸引域分块与研究不匹配</translation>
        </message>
        <message>
            <source>basins row %1 appears in two tiles</source>
            <translation>吸引域第 %1 行出现在两个分块中</translation>
        </message>
        <message>
            <source>basins tile data for row %1 is truncated</source>
            <translation>吸引域第 %1 行的分块数据被截断</translation>
        </message>
        <message>
            <source>basins tile data for row %1 is damaged</source>
            <translation>吸引域第 %1 行的分块数据已损坏</translation>
        </message>
        <message>
            <source>basins row %1 is in no tile</source>
            <translation>吸引域第 %1 行不在任何分块中</translation>
        </message>
    </context>
    <context>
        <name>BranchOverlay</name>
        <message>
            <source>fold (LP) curve</source>
            <translation>折叠 (LP) 曲线</translation>
        </message>
        <message>
            <source>flip (PD) curve</source>
            <translation>翻转 (PD) 曲线</translation>
        </message>
        <message>
            <source>Neimark-Sacker (NS) curve</source>
            <translation>Neimark-Sacker (NS) 曲线</translation>
        </message>
        <message>
            <source>period-%1 branch</source>
            <translation>周期 %1 分支</translation>
        </message>
        <message>
            <source>period-%1 branch in %2</source>
            <translation>关于 %2 的周期 %1 分支</translation>
        </message>
        <message>
            <source>super</source>
            <translation>超</translation>
        </message>
        <message>
            <source>sub</source>
            <translation>亚</translation>
        </message>
        <message>
            <source>degenerate</source>
            <translation>退化</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>未定义</translation>
        </message>
        <message>
            <source>1:%1?</source>
            <translation>1:%1？</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>supercritical</source>
            <translation>超临界</translation>
        </message>
        <message>
            <source>subcritical</source>
            <translation>亚临界</translation>
        </message>
        <message>
            <source>fold (nondegenerate)</source>
            <translation>折叠（非退化）</translation>
        </message>
        <message>
            <source>degenerate (cusp?)</source>
            <translation>退化（尖点？）</translation>
        </message>
        <message>
            <source>degenerate (generalised flip?)</source>
            <translation>退化（广义倍周期？）</translation>
        </message>
        <message>
            <source>degenerate (Chenciner?)</source>
            <translation>退化（Chenciner？）</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>neurodyn-cli: unknown command '%1'
</source>
            <translation>neurodyn-cli：未知命令 '%1'
</translation>
        </message>
        <message>
            <source>unknown option '%1'</source>
            <translation>未知选项 '%1'</translation>
        </message>
        <message>
            <source>unknown option '%1' (did you mean %2?)</source>
            <translation>未知选项 '%1'（您是想输入 %2 吗？）</translation>
        </message>
        <message>
            <source>neurodyn-cli: unknown command '%1' (did you mean %2?)
</source>
            <translation>neurodyn-cli：未知命令 '%1'（您是想输入 %2 吗？）
</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>显示此帮助。</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <source>%1 is deprecated, use %2</source>
            <translation>%1 已弃用，请使用 %2</translation>
        </message>
        <message>
            <source>Usage: neurodyn-cli COMMAND [options]

Commands:
  simulate   iterate a map or integrate a flow, print its trajectory as CSV
  run        run every analysis of a study file, writing CSV + JSON (MPI-aware)
  merge      merge the tiles of 'run --tile i/n' into the results
  measure    run one measure on a series or edge-list file and print JSON
  examples   list the built-in example studies
  example    write a built-in example as a study file
  models     list the models, or one model's parameters, settings and variables
  import-ode import an XPPAUT model (.ode file) as a study of a typed model
  neuromfa   NeuroMFA spectra and emergence over a model's training checkpoints

Run 'neurodyn-cli COMMAND --help' for a command's options.
</source>
            <translation>用法：neurodyn-cli COMMAND [选项]

命令：
  simulate   迭代映射或积分流，以 CSV 输出轨迹
  run        运行研究文件中的所有分析，写出 CSV + JSON（支持 MPI）
  merge      将 'run --tile i/n' 的分块合并为结果
  measure    对序列或边列表文件运行一个度量并输出 JSON
  examples   列出内置示例研究
  example    将内置示例写成研究文件
  models     列出模型，或某个模型的参数、设置和变量
  import-ode 将 XPPAUT 模型（.ode 文件）导入为自定义模型的研究
  neuromfa   模型训练检查点上的 NeuroMFA 谱与涌现度

运行 'neurodyn-cli COMMAND --help' 查看某个命令的选项。
</translation>
        </message>
    </context>
    <context>
        <name>ColorMaps</name>
        <message>
            <source>Grey</source>
            <translation>灰度</translation>
        </message>
        <message>
            <source>Inferno</source>
            <translation>Inferno</translation>
        </message>
        <message>
            <source>Jet</source>
            <translation>Jet</translation>
        </message>
        <message>
            <source>Viridis</source>
            <translation>Viridis</translation>
        </message>
        <message>
            <source>Cool-warm (diverging)</source>
            <translation>冷暖（发散）</translation>
        </message>
        <message>
            <source>Bright on black (colour map)</source>
            <translation>黑底亮色（色图）</translation>
        </message>
        <message>
            <source>Dark ink on white</source>
            <translation>白底深色墨迹</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingControls</name>
        <message>
            <source>%1 from:</source>
            <translation>%1 来自：</translation>
        </message>
        <message>
            <source>%1: the number given, or chosen from the series by false nearest neighbours (fnn) or Cao's E1 (cao) at the delay in use, as the embedding dock does; surrogates keep the series' choice</source>
            <translation>%1：给定的数值，或在所用延迟下由虚假最近邻（fnn）或 Cao 的 E1（cao）从序列中选出，与嵌入停靠窗口相同；替代数据沿用该序列的选择</translation>
        </message>
        <message>
            <source>given</source>
            <translation>给定</translation>
        </message>
        <message>
            <source>%1: the number given, the first minimum of the average mutual information above its independence level (ami), or the first zero of the autocorrelation (acf); surrogates keep the series' choice</source>
            <translation>%1：给定的数值、高于独立水平的平均互信息第一个极小值（ami），或自相关的第一个零点（acf）；替代数据沿用该序列的选择</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingOptions</name>
        <message>
            <source>--%1 must be a whole number from %2 to %3</source>
            <translation>--%1 必须是 %2 到 %3 之间的整数</translation>
        </message>
    </context>
    <context>
        <name>EngineMessage</name>
        <message>
            <source>%1 needs about %2 MiB, more than the limit of %3 MiB; reduce the sizes (fewer columns, cells, bins, samples or kept points)</source>
            <translation>%1 需要约 %2 MiB，超过 %3 MiB 的上限；请减小规模（更少的列、单元、分箱、样本或保留点）</translation>
        </message>
        <message>
            <source>%1: %2 has no parameter named '%3'</source>
            <translation>%1：%2 没有名为 '%3' 的参数</translation>
        </message>
        <message>
            <source>%1: parameter index %2 does not exist</source>
            <translation>%1：参数索引 %2 不存在</translation>
        </message>
        <message>
            <source>%1: the number of values must be &gt;= 1 (got %2)</source>
            <translation>%1：取值个数必须 &gt;= 1（实际为 %2）</translation>
        </message>
        <message>
            <source>%1: %2 values is more than the limit of %3</source>
            <translation>%1：%2 个取值超过了 %3 的上限</translation>
        </message>
        <message>
            <source>%1: the range is empty (start and end are both %2)</source>
            <translation>%1：范围为空（起点和终点都是 %2）</translation>
        </message>
        <message>
            <source>%1: %2 = %3 is outside its valid range [%4, %5]</source>
            <translation>%1：%2 = %3 超出其有效范围 [%4, %5]</translation>
        </message>
        <message>
            <source>%1 has %2 values but %3 has %4 state variables</source>
            <translation>%1 有 %2 个值，但 %3 有 %4 个状态变量</translation>
        </message>
        <message>
            <source>%1: the integration step must be a positive number (got %2)</source>
            <translation>%1：积分步长必须为正数（实际为 %2）</translation>
        </message>
        <message>
            <source>basins: %1 cell outcomes do not fill a %2 x %3 grid</source>
            <translation>吸引域：%1 个单元结果填不满 %2 x %3 网格</translation>
        </message>
        <message>
            <source>basins: a cell's fingerprint does not fit the model's dimension</source>
            <translation>吸引域：某单元的指纹与模型维数不符</translation>
        </message>
        <message>
            <source>%1: state variable index %2 does not exist</source>
            <translation>%1：状态变量索引 %2 不存在</translation>
        </message>
        <message>
            <source>%1: the number of grid points must be in [1, %2]</source>
            <translation>%1：网格点数必须在 [1, %2] 内</translation>
        </message>
        <message>
            <source>%1: the range is empty</source>
            <translation>%1：范围为空</translation>
        </message>
        <message>
            <source>%1: the two axes use the same state variable</source>
            <translation>%1：两个坐标轴使用同一个状态变量</translation>
        </message>
        <message>
            <source>%1: the transient must be &gt;= 0</source>
            <translation>%1：暂态长度必须 &gt;= 0</translation>
        </message>
        <message>
            <source>%1: the largest period must be &gt;= 1</source>
            <translation>%1：最大周期必须 &gt;= 1</translation>
        </message>
        <message>
            <source>%1: the fingerprint window must be at least twice the largest period (and sane)</source>
            <translation>%1：指纹窗口长度必须至少为最大周期的两倍（且合理）</translation>
        </message>
        <message>
            <source>%1: tolerances must be positive</source>
            <translation>%1：容差必须为正</translation>
        </message>
        <message>
            <source>%1: the escape bound must be positive</source>
            <translation>%1：逃逸界必须为正</translation>
        </message>
        <message>
            <source>%1: the tile size must be &gt;= 1</source>
            <translation>%1：分块大小必须 &gt;= 1</translation>
        </message>
        <message>
            <source>basins: rows [%1, %2) are not in the grid of %3 rows</source>
            <translation>吸引域：行 [%1, %2) 不在 %3 行的网格内</translation>
        </message>
        <message>
            <source>%1: the number of exponents must be between 0 (all) and %2</source>
            <translation>%1：指数个数必须介于 0（全部）和 %2 之间</translation>
        </message>
        <message>
            <source>%1: the number of steps must be &gt;= 1 (got %2)</source>
            <translation>%1：步数必须 &gt;= 1（实际为 %2）</translation>
        </message>
        <message>
            <source>%1: the re-orthonormalisation interval must be &gt;= 1</source>
            <translation>%1：重新正交归一化间隔必须 &gt;= 1</translation>
        </message>
        <message>
            <source>%1: the convergence curve must have between 0 and 1000000 points</source>
            <translation>%1：收敛曲线的点数必须介于 0 和 1000000 之间</translation>
        </message>
        <message>
            <source>%1: the initial state has %2 values but %3 has %4</source>
            <translation>%1：初始状态有 %2 个值，但 %3 有 %4 个</translation>
        </message>
        <message>
            <source>%1: the observable uses no state variable</source>
            <translation>%1：观测量未使用任何状态变量</translation>
        </message>
        <message>
            <source>%1: state variable index %2 does not exist (%3 has %4)</source>
            <translation>%1：状态变量索引 %2 不存在（%3 有 %4 个）</translation>
        </message>
        <message>
            <source>%1: the transient must be &gt;= 0 (got %2)</source>
            <translation>%1：暂态长度必须 &gt;= 0（实际为 %2）</translation>
        </message>
        <message>
            <source>%1: the number of samples must be &gt;= 1 (got %2)</source>
            <translation>%1：样本数必须 &gt;= 1（实际为 %2）</translation>
        </message>
        <message>
            <source>%1: transient or samples is absurdly large</source>
            <translation>%1：暂态长度或样本数大得离谱</translation>
        </message>
        <message>
            <source>%1: the number of bins must be in [1, 1000000] (got %2)</source>
            <translation>%1：分箱数必须在 [1, 1000000] 内（实际为 %2）</translation>
        </message>
        <message>
            <source>%1: the bin range is empty (start must be below end)</source>
            <translation>%1：分箱范围为空（起点必须小于终点）</translation>
        </message>
        <message>
            <source>%1: initial conditions per column must be in [1, 100000]</source>
            <translation>%1：每列的初始条件数必须在 [1, 100000] 内</translation>
        </message>
        <message>
            <source>%1: the initial-state box needs %2 lower and upper bounds</source>
            <translation>%1：初始状态框需要 %2 个下界和上界</translation>
        </message>
        <message>
            <source>%1: initial-state box lower bound above upper bound for variable %2</source>
            <translation>%1：变量 %2 的初始状态框下界高于上界</translation>
        </message>
        <message>
            <source>%1: tile size must be &gt;= 1 column</source>
            <translation>%1：分块大小必须 &gt;= 1 列</translation>
        </message>
        <message>
            <source>period detection: the largest period must be &gt;= 1 (got %1)</source>
            <translation>周期检测：最大周期必须 &gt;= 1（实际为 %1）</translation>
        </message>
        <message>
            <source>period detection: the transient must be &gt;= 0</source>
            <translation>周期检测：暂态长度必须 &gt;= 0</translation>
        </message>
        <message>
            <source>period detection: the window (%1) must be at least twice the largest period (%2)</source>
            <translation>周期检测：窗口（%1）必须至少为最大周期（%2）的两倍</translation>
        </message>
        <message>
            <source>period detection: a window of %1 iterations is too long</source>
            <translation>周期检测：%1 次迭代的窗口太长</translation>
        </message>
        <message>
            <source>period detection: the tolerance must be a positive number</source>
            <translation>周期检测：容差必须为正数</translation>
        </message>
        <message>
            <source>period detection: the escape bound must be positive</source>
            <translation>周期检测：逃逸界必须为正</translation>
        </message>
        <message>
            <source>period detection: the initial state has the wrong size</source>
            <translation>周期检测：初始状态的维数不对</translation>
        </message>
        <message>
            <source>scan: the x and y axes use the same parameter</source>
            <translation>扫描：x 轴和 y 轴使用同一个参数</translation>
        </message>
        <message>
            <source>scan: the tile size must be &gt;= 1</source>
            <translation>扫描：分块大小必须 &gt;= 1</translation>
        </message>
        <message>
            <source>%1: the number of observed steps must be &gt;= 1</source>
            <translation>%1：观测步数必须 &gt;= 1</translation>
        </message>
        <message>
            <source>largest Lyapunov exponent: steps must be &gt;= 1 and the transient &gt;= 0</source>
            <translation>最大 Lyapunov 指数：步数必须 &gt;= 1，暂态长度必须 &gt;= 0</translation>
        </message>
        <message>
            <source>%1: no state variable chosen</source>
            <translation>%1：未选择状态变量</translation>
        </message>
        <message>
            <source>%1: the sampling stride must be &gt;= 1</source>
            <translation>%1：采样步幅必须 &gt;= 1</translation>
        </message>
        <message>
            <source>%1: the recorded series per cell would exceed 50 million values</source>
            <translation>%1：每个单元记录的序列将超过 5000 万个值</translation>
        </message>
        <message>
            <source>cross-correlation: hub %1 is not a node (there are %2)</source>
            <translation>互相关：枢纽 %1 不是节点（共有 %2 个）</translation>
        </message>
        <message>
            <source>Kuramoto R: %1%2</source>
            <translation>Kuramoto R：%1%2</translation>
        </message>
        <message>
            <source>%1: %2 phases do not fit: %3; valid for this model: %4</source>
            <translation>%1：%2 相位不适用：%3；此模型可用：%4</translation>
        </message>
        <message>
            <source>%1 must be a finite number (got %2)</source>
            <translation>%1 必须是有限数（实际为 %2）</translation>
        </message>
        <message>
            <source>autocorrelation: the largest lag must be below the sequence length</source>
            <translation>自相关：最大滞后必须小于序列长度</translation>
        </message>
        <message>
            <source>autocorrelation: sequence longer than planned</source>
            <translation>自相关：序列比预定的长</translation>
        </message>
        <message>
            <source>%1 is too short: %2 samples, at least %3 needed</source>
            <translation>%1 太短：%2 个样本，至少需要 %3 个</translation>
        </message>
        <message>
            <source>%1 holds a non-finite value (%2) at index %3</source>
            <translation>%1 在索引 %3 处含非有限值（%2）</translation>
        </message>
        <message>
            <source>series matrix size mismatch: expected samples x nodes = %1 values, got %2</source>
            <translation>序列矩阵大小不符：应为 样本 x 节点 = %1 个值，实际为 %2</translation>
        </message>
        <message>
            <source>series matrix size mismatch: expected nodes x samples = %1 values, got %2</source>
            <translation>序列矩阵大小不符：应为 节点 x 样本 = %1 个值，实际为 %2</translation>
        </message>
        <message>
            <source>%1 has %2 nodes, at least %3 needed</source>
            <translation>%1 有 %2 个节点，至少需要 %3 个</translation>
        </message>
        <message>
            <source>%1 holds a non-finite value (%2) at sample %3, node %4</source>
            <translation>%1 在样本 %3、节点 %4 处含非有限值（%2）</translation>
        </message>
        <message>
            <source>MFDFA: detrending order must be in 0..8 (got %1)</source>
            <translation>MFDFA：去趋势阶数必须在 0..8 内（实际为 %1）</translation>
        </message>
        <message>
            <source>MFDFA: zero-variance tolerance must be in [0, 1)</source>
            <translation>MFDFA：零方差容差必须在 [0, 1) 内</translation>
        </message>
        <message>
            <source>MFDFA: at least two scales are needed (scale count %1)</source>
            <translation>MFDFA：至少需要两个尺度（尺度数 %1）</translation>
        </message>
        <message>
            <source>MFDFA: scale range [%1, %2] must lie in [order + 2, N / 2] = [%3, %4] with min &lt; max (series too short?)</source>
            <translation>MFDFA：尺度范围 [%1, %2] 必须位于 [阶数 + 2, N / 2] = [%3, %4] 内且 min &lt; max（序列太短？）</translation>
        </message>
        <message>
            <source>MFDFA: at least two distinct scales are needed</source>
            <translation>MFDFA：至少需要两个不同的尺度</translation>
        </message>
        <message>
            <source>MFDFA: scale %1 lies outside [order + 2, N / 2] = [%2, %3]</source>
            <translation>MFDFA：尺度 %1 位于 [阶数 + 2, N / 2] = [%2, %3] 之外</translation>
        </message>
        <message>
            <source>MFDFA: scales must be strictly increasing (%1 after %2)</source>
            <translation>MFDFA：尺度必须严格递增（%2 之后是 %1）</translation>
        </message>
        <message>
            <source>network spectrum: the graph is empty (no nodes)</source>
            <translation>网络谱：图为空（没有节点）</translation>
        </message>
        <message>
            <source>network spectrum: edge %1 names node %2 but the graph has %3 nodes</source>
            <translation>网络谱：边 %1 指向节点 %2，但图只有 %3 个节点</translation>
        </message>
        <message>
            <source>network spectrum: the graph is empty (no edge with a nonzero weight)</source>
            <translation>网络谱：图为空（没有权重非零的边）</translation>
        </message>
        <message>
            <source>coupling matrix: expected %1 entries for %2 nodes, got %3</source>
            <translation>耦合矩阵：%2 个节点应有 %1 个元素，实际为 %3</translation>
        </message>
        <message>
            <source>shortest distances: source node %1 does not exist</source>
            <translation>最短距离：源节点 %1 不存在</translation>
        </message>
        <message>
            <source>network spectrum: at least two radii are needed (radius count %1)</source>
            <translation>网络谱：至少需要两个半径（半径数 %1）</translation>
        </message>
        <message>
            <source>network spectrum: radii must be positive and strictly increasing</source>
            <translation>网络谱：半径必须为正且严格递增</translation>
        </message>
        <message>
            <source>network spectrum: at least two radii are needed</source>
            <translation>网络谱：至少需要两个半径</translation>
        </message>
        <message>
            <source>sample entropy: m (template length) must be &gt;= 1 (got %1)</source>
            <translation>样本熵：m（模板长度）必须 &gt;= 1（实际为 %1）</translation>
        </message>
        <message>
            <source>sample entropy: lag must be &gt;= 1 (got %1)</source>
            <translation>样本熵：滞后必须 &gt;= 1（实际为 %1）</translation>
        </message>
        <message>
            <source>sample entropy: ddof must be 0 or 1 (got %1)</source>
            <translation>样本熵：ddof 必须为 0 或 1（实际为 %1）</translation>
        </message>
        <message>
            <source>line fit: needs at least two (x, y) points of equal count</source>
            <translation>直线拟合：至少需要两个个数相同的 (x, y) 点</translation>
        </message>
        <message>
            <source>line fit: all x values are equal</source>
            <translation>直线拟合：所有 x 值都相同</translation>
        </message>
        <message>
            <source>%1: the q grid is empty</source>
            <translation>%1：q 网格为空</translation>
        </message>
        <message>
            <source>cross-correlation: hub index %1 is not a node (there are %2)</source>
            <translation>互相关：枢纽索引 %1 不是节点（共有 %2 个）</translation>
        </message>
        <message>
            <source>geometric phases: x and y must have the same samples and nodes</source>
            <translation>几何相位：x 和 y 的样本和节点必须相同</translation>
        </message>
        <message>
            <source>arctan phases: x and y must have the same samples and nodes</source>
            <translation>反正切相位：x 和 y 的样本和节点必须相同</translation>
        </message>
        <message>
            <source>Hilbert phases: the series is longer than one FFT can take</source>
            <translation>Hilbert 相位：序列长度超出一次 FFT 的容量</translation>
        </message>
        <message>
            <source>Hilbert phases: node %1 has a non-finite value</source>
            <translation>Hilbert 相位：节点 %1 含非有限值</translation>
        </message>
        <message>
            <source>%1 phases need a second per-node variable y</source>
            <translation>%1 相位需要第二个逐节点变量 y</translation>
        </message>
        <message>
            <source>0-1 test: n_cut must be in [3, N - 1] (got %1 for N = %2)</source>
            <translation>0-1 检验：n_cut 必须在 [3, N - 1] 内（N = %2 时实际为 %1）</translation>
        </message>
        <message>
            <source>0-1 test: the number of c values must be &gt;= 1 (got %1)</source>
            <translation>0-1 检验：c 值个数必须 &gt;= 1（实际为 %1）</translation>
        </message>
        <message>
            <source>0-1 test: the c range minimum must be below its maximum</source>
            <translation>0-1 检验：c 范围的最小值必须小于最大值</translation>
        </message>
        <message>
            <source>%1: parameter index %2 out of range</source>
            <translation>%1：参数索引 %2 超出范围</translation>
        </message>
        <message>
            <source>%1 has no parameter named '%2'</source>
            <translation>%1 没有名为 '%2' 的参数</translation>
        </message>
        <message>
            <source>%1 parameter '%2' = %3 is outside its valid range [%4, %5]</source>
            <translation>%1 参数 '%2' = %3 超出其有效范围 [%4, %5]</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number</source>
            <translation>%1：'%2' 不是数字</translation>
        </message>
        <message>
            <source>%1: every value must be finite (got '%2')</source>
            <translation>%1：每个值都必须有限（实际为 '%2'）</translation>
        </message>
        <message>
            <source>%1 has no setting named '%2'</source>
            <translation>%1 没有名为 '%2' 的设置</translation>
        </message>
        <message>
            <source>unknown model type '%1' (known: %2)</source>
            <translation>未知模型类型 '%1'（已知：%2）</translation>
        </message>
        <message>
            <source>%1 is a map, not an ODE: use simulateMap</source>
            <translation>%1 是映射而不是常微分方程：请使用 simulateMap</translation>
        </message>
        <message>
            <source>time step dt must be a positive finite number</source>
            <translation>时间步长 dt 必须是正的有限数</translation>
        </message>
        <message>
            <source>integration tolerances must be positive</source>
            <translation>积分容差必须为正</translation>
        </message>
        <message>
            <source>initial state has %1 values but %2 has %3 state variables</source>
            <translation>初始状态有 %1 个值，但 %2 有 %3 个状态变量</translation>
        </message>
        <message>
            <source>transient must be &gt;= 0 (got %1)</source>
            <translation>暂态长度必须 &gt;= 0（实际为 %1）</translation>
        </message>
        <message>
            <source>the number of samples must be &gt;= 1 (got %1)</source>
            <translation>样本数必须 &gt;= 1（实际为 %1）</translation>
        </message>
        <message>
            <source>stride must be &gt;= 1 (got %1)</source>
            <translation>步幅必须 &gt;= 1（实际为 %1）</translation>
        </message>
        <message>
            <source>escape bound must be positive</source>
            <translation>逃逸界必须为正</translation>
        </message>
        <message>
            <source>recorded variable index %1 does not exist</source>
            <translation>记录变量索引 %1 不存在</translation>
        </message>
        <message>
            <source>recording %1 samples of %2 variables needs about %3 GB; reduce the samples or raise the stride</source>
            <translation>记录 %2 个变量的 %1 个样本约需 %3 GB；请减少样本或增大步幅</translation>
        </message>
        <message>
            <source>%1: there are no parameter values</source>
            <translation>%1：没有参数值</translation>
        </message>
        <message>
            <source>%1: a linked parameter needs a name</source>
            <translation>%1：关联参数需要一个名称</translation>
        </message>
        <message>
            <source>%1: link '%2' has the name of a parameter of the model</source>
            <translation>%1：关联参数 '%2' 与模型的某个参数同名</translation>
        </message>
        <message>
            <source>%1: two links are named '%2'</source>
            <translation>%1：有两个关联参数都名为 '%2'</translation>
        </message>
        <message>
            <source>%1: link '%2' sets no parameter</source>
            <translation>%1：关联参数 '%2' 没有设置任何参数</translation>
        </message>
        <message>
            <source>%1: link '%2' sets '%3', which is not a parameter of the model</source>
            <translation>%1：关联参数 '%2' 设置 '%3'，但它不是模型的参数</translation>
        </message>
        <message>
            <source>%1: link '%2': the scale of '%3' must be a non-zero number (got %4)</source>
            <translation>%1：关联参数 '%2'：'%3' 的比例系数必须是非零数（得到 %4）</translation>
        </message>
        <message>
            <source>%1: link '%2': the offset of '%3' must be a finite number (got %4)</source>
            <translation>%1：关联参数 '%2'：'%3' 的偏移量必须是有限数（得到 %4）</translation>
        </message>
        <message>
            <source>%1: '%2' is set twice (by link '%3' and by link '%4')</source>
            <translation>%1：'%2' 被设置了两次（由关联参数 '%3' 和 '%4'）</translation>
        </message>
        <message>
            <source>%1: the links form a cycle (%2)</source>
            <translation>%1：关联参数构成了循环（%2）</translation>
        </message>
        <message>
            <source>%1: link '%2': no value keeps all its targets in their valid ranges</source>
            <translation>%1：关联参数 '%2'：没有任何取值能使其所有目标都处于有效范围内</translation>
        </message>
        <message>
            <source>the character '%1' has no counterpart</source>
            <translation>字符 '%1' 没有对应项</translation>
        </message>
        <message>
            <source>the byte %1 (a control character or not ASCII) outside a comment</source>
            <translation>注释之外的字节 %1（控制字符或非 ASCII）</translation>
        </message>
        <message>
            <source>nested more than %1 deep</source>
            <translation>嵌套深度超过 %1 层</translation>
        </message>
        <message>
            <source>an expression is missing</source>
            <translation>缺少表达式</translation>
        </message>
        <message>
            <source>a '(' is not closed</source>
            <translation>有一个 '(' 未闭合</translation>
        </message>
        <message>
            <source>'%1' has no counterpart in an expression</source>
            <translation>'%1' 在表达式中没有对应项</translation>
        </message>
        <message>
            <source>the time t has no counterpart (typed models are autonomous)</source>
            <translation>时间 t 没有对应项（自定义模型是自治的）</translation>
        </message>
        <message>
            <source>unknown name '%1'</source>
            <translation>未知名称 '%1'</translation>
        </message>
        <message>
            <source>if(...) is not followed by then(...)else(...)</source>
            <translation>if(...) 之后没有 then(...)else(...)</translation>
        </message>
        <message>
            <source>%1 takes %2 arguments, not %3</source>
            <translation>%1 接受 %2 个参数，而不是 %3 个</translation>
        </message>
        <message>
            <source>XPP's function %1 has no counterpart</source>
            <translation>XPP 的函数 %1 没有对应项</translation>
        </message>
        <message>
            <source>unknown function '%1'</source>
            <translation>未知函数 '%1'</translation>
        </message>
        <message>
            <source>expected name=value at '%1'</source>
            <translation>在 '%1' 处应为 name=值</translation>
        </message>
        <message>
            <source>the value of %1 is not a number</source>
            <translation>%1 的值不是数</translation>
        </message>
        <message>
            <source>the value of %1 is not a finite number</source>
            <translation>%1 的值不是有限数</translation>
        </message>
        <message>
            <source>an @ option (numerics, plotting) is ignored: set it in the study</source>
            <translation>@ 选项（数值方法、绘图）被忽略：请在研究中设置</translation>
        </message>
        <message>
            <source>XPP's '%1' statement has no counterpart</source>
            <translation>XPP 的 '%1' 语句没有对应项</translation>
        </message>
        <message>
            <source>not an XPP statement this import understands</source>
            <translation>不是本导入功能能理解的 XPP 语句</translation>
        </message>
        <message>
            <source>expected !name=expression</source>
            <translation>应为 !name=表达式</translation>
        </message>
        <message>
            <source>expected aux name=expression</source>
            <translation>应为 aux name=表达式</translation>
        </message>
        <message>
            <source>XPP arrays (name[i..j]) have no counterpart</source>
            <translation>XPP 数组（name[i..j]）没有对应项</translation>
        </message>
        <message>
            <source>the file has %1 bytes, more than the limit of %2</source>
            <translation>文件有 %1 字节，超过了 %2 的上限</translation>
        </message>
        <message>
            <source>an ODE in a file of maps (x(t+1)=): a model is one or the other</source>
            <translation>映射文件（x(t+1)=）中出现常微分方程：一个模型只能是其中一种</translation>
        </message>
        <message>
            <source>a map equation in a file of ODEs: a model is one or the other</source>
            <translation>常微分方程文件中出现映射方程：一个模型只能是其中一种</translation>
        </message>
        <message>
            <source>a second equation for %1</source>
            <translation>%1 的第二个方程</translation>
        </message>
        <message>
            <source>no equation (x(t+1)=, dx/dt= or x'=) could be read</source>
            <translation>未能读入任何方程（x(t+1)=、dx/dt= 或 x'=）</translation>
        </message>
        <message>
            <source>an initial value for %1, which has no equation</source>
            <translation>%1 有初值，但没有方程</translation>
        </message>
        <message>
            <source>%1 is defined twice</source>
            <translation>%1 被定义了两次</translation>
        </message>
        <message>
            <source>the equation of %1 could not be translated: %2</source>
            <translation>%1 的方程无法翻译：%2</translation>
        </message>
        <message>
            <source>%1 is a reserved name in NeuroDyn's model language: renamed %2</source>
            <translation>%1 是 NeuroDyn 模型语言的保留名：已重命名为 %2</translation>
        </message>
        <message>
            <source>names lower-cased: XPPAUT ignores case, NeuroDyn's model language does not</source>
            <translation>名称已转为小写：XPPAUT 不区分大小写，NeuroDyn 模型语言区分</translation>
        </message>
        <message>
            <source>uses %1, which is not translated</source>
            <translation>使用了未被翻译的 %1</translation>
        </message>
        <message>
            <source>two operands without an operator between them at '%1'</source>
            <translation>在 '%1' 处两个操作数之间缺少运算符</translation>
        </message>
        <message>
            <source>significance needs at least one surrogate</source>
            <translation>显著性检验至少需要一个替代数据</translation>
        </message>
        <message>
            <source>surrogates need at least one series</source>
            <translation>替代数据至少需要一个序列</translation>
        </message>
        <message>
            <source>surrogates: channel %1 has %2 samples, channel 1 has %3</source>
            <translation>替代数据：通道 %1 有 %2 个样本，通道 1 有 %3 个</translation>
        </message>
        <message>
            <source>surrogates: a series of %1 samples is longer than %2</source>
            <translation>替代数据：%1 个样本的序列超过了 %2</translation>
        </message>
        <message>
            <source>IAAFT tolerance must be a finite number &gt;= 0</source>
            <translation>IAAFT 容差必须是 &gt;= 0 的有限数</translation>
        </message>
        <message>
            <source>IAAFT needs at least one iteration</source>
            <translation>IAAFT 至少需要一次迭代</translation>
        </message>
        <message>
            <source>MFDFA: the R^2 warning threshold must be in [0, 1]</source>
            <translation>MFDFA：R^2 警告阈值必须在 [0, 1] 内</translation>
        </message>
        <message>
            <source>MFDFA: the flat-segment fraction must be in [0, 1)</source>
            <translation>MFDFA：平坦段比例必须在 [0, 1) 内</translation>
        </message>
        <message>
            <source>network spectrum: the R^2 warning threshold must be in [0, 1]</source>
            <translation>网络谱：R^2 警告阈值必须在 [0, 1] 内</translation>
        </message>
        <message>
            <source>%1: the order parameter of planes needs pairs of state variables</source>
            <translation>%1：平面的序参量需要成对的状态变量</translation>
        </message>
        <message>
            <source>network spectrum: the NeuroMFA distance cap d_max must be a number above 1 (distances are kept when 1 &lt; d &lt;= d_max), got %1</source>
            <translation>网络谱：NeuroMFA 的距离上限 d_max 必须是大于 1 的数（当 1 &lt; d &lt;= d_max 时保留距离），收到 %1</translation>
        </message>
        <message>
            <source>network spectrum: the NeuroMFA edge count a node must exceed cannot be negative</source>
            <translation>网络谱：NeuroMFA 中节点必须超过的边数不能为负</translation>
        </message>
        <message>
            <source>network spectrum: NeuroMFA rounds distances to 0 to 6 decimals, got %1</source>
            <translation>网络谱：NeuroMFA 将距离四舍五入到 0 至 6 位小数，收到 %1</translation>
        </message>
        <message>
            <source>network spectrum: the NeuroMFA filter mode must be 0, 1, 2 or 3, got %1</source>
            <translation>网络谱：NeuroMFA 筛选模式必须是 0、1、2 或 3，收到 %1</translation>
        </message>
        <message>
            <source>emergence: no checkpoint given</source>
            <translation>涌现：未给出检查点</translation>
        </message>
        <message>
            <source>emergence: checkpoint %1 has %2 alpha_0 values but %3 widths</source>
            <translation>涌现：检查点 %1 有 %2 个 alpha_0 值，但有 %3 个宽度</translation>
        </message>
        <message>
            <source>%1: %2 labels do not fill a grid of %3 x %4 cells</source>
            <translation>%1：%2 个标签填不满 %3 x %4 个单元的网格</translation>
        </message>
        <message>
            <source>%1: at least two different perturbation sizes are needed</source>
            <translation>%1：至少需要两个不同的扰动大小</translation>
        </message>
        <message>
            <source>%1: boxes of %2 cells do not fit in a grid of %3 x %4 cells</source>
            <translation>%1：%2 个单元的盒子放不进 %3 x %4 个单元的网格</translation>
        </message>
        <message>
            <source>%1: no classifier to evaluate perturbed points</source>
            <translation>%1：没有用于计算扰动点的分类器</translation>
        </message>
        <message>
            <source>%1: perturbation sizes must be in (0, 0.5) of the axis range (got %2)</source>
            <translation>%1：扰动大小必须在坐标轴范围的 (0, 0.5) 之内（得到 %2）</translation>
        </message>
        <message>
            <source>%1: the box size must be &gt;= 1 cell</source>
            <translation>%1：盒子大小必须 &gt;= 1 个单元</translation>
        </message>
        <message>
            <source>%1: the grid has no cells</source>
            <translation>%1：网格没有单元</translation>
        </message>
        <message>
            <source>%1: the number of samples must be in [1, %2]</source>
            <translation>%1：样本数必须在 [1, %2] 内</translation>
        </message>
        <message>
            <source>%1: the refinement cap must be in [0, 20] levels</source>
            <translation>%1：细化上限必须在 [0, 20] 层之内</translation>
        </message>
        <message>
            <source>%1 must be a number &gt;= 0 (got %2)</source>
            <translation>%1 必须是 &gt;= 0 的数（得到 %2）</translation>
        </message>
        <message>
            <source>%1 must be a positive number (got %2)</source>
            <translation>%1 必须是正数（得到 %2）</translation>
        </message>
        <message>
            <source>%1 must be in [%2, %3] (got %4)</source>
            <translation>%1 必须在 [%2, %3] 内（得到 %4）</translation>
        </message>
        <message>
            <source>%1: %2 columns for an axis of %3 values</source>
            <translation>%1：%2 列对应 %3 个值的坐标轴</translation>
        </message>
        <message>
            <source>%1: %2 outcomes for %3 initial states</source>
            <translation>%1：%2 个结果对应 %3 个初始状态</translation>
        </message>
        <message>
            <source>%1: columns [%2, %3) are not in the axis of %4 values</source>
            <translation>%1：列 [%2, %3) 不在 %4 个值的坐标轴内</translation>
        </message>
        <message>
            <source>%1: states [%2, %3) are not in [0, %4)</source>
            <translation>%1：状态 [%2, %3) 不在 [0, %4) 内</translation>
        </message>
        <message>
            <source>%1: the box is empty along state variable %2</source>
            <translation>%1：盒子沿状态变量 %2 为空</translation>
        </message>
        <message>
            <source>%1: the cell size needs 1 or %2 values (got %3)</source>
            <translation>%1：单元大小需要 1 个或 %2 个值（得到 %3）</translation>
        </message>
        <message>
            <source>%1: outcome %2 is malformed</source>
            <translation>%1：结果 %2 格式错误</translation>
        </message>
        <message>
            <source>%1: header byte %2: unexpected text after the JSON header's end</source>
            <translation>%1：头部字节 %2：JSON 头部结束后出现意外文本</translation>
        </message>
        <message>
            <source>%1: header byte %2: expected '%3'</source>
            <translation>%1：头部字节 %2：应为 '%3'</translation>
        </message>
        <message>
            <source>%1: header byte %2: JSON nested too deeply</source>
            <translation>%1：头部字节 %2：JSON 嵌套过深</translation>
        </message>
        <message>
            <source>%1: header byte %2: the header ends inside a JSON value</source>
            <translation>%1：头部字节 %2：头部在某个 JSON 值内部结束</translation>
        </message>
        <message>
            <source>%1: header byte %2: expected a quoted key</source>
            <translation>%1：头部字节 %2：应为带引号的键</translation>
        </message>
        <message>
            <source>%1: header byte %2: duplicate key %3</source>
            <translation>%1：头部字节 %2：重复的键 %3</translation>
        </message>
        <message>
            <source>%1: header byte %2: unexpected character in JSON</source>
            <translation>%1：头部字节 %2：JSON 中出现意外字符</translation>
        </message>
        <message>
            <source>%1: header byte %2: malformed number</source>
            <translation>%1：头部字节 %2：数字格式错误</translation>
        </message>
        <message>
            <source>%1: header byte %2: short %3 escape</source>
            <translation>%1：头部字节 %2：%3 转义过短</translation>
        </message>
        <message>
            <source>%1: header byte %2: bad %3 escape</source>
            <translation>%1：头部字节 %2：无效的 %3 转义</translation>
        </message>
        <message>
            <source>%1: header byte %2: unterminated string</source>
            <translation>%1：头部字节 %2：字符串未结束</translation>
        </message>
        <message>
            <source>%1: header byte %2: control character in a string</source>
            <translation>%1：头部字节 %2：字符串中含控制字符</translation>
        </message>
        <message>
            <source>%1: header byte %2: unpaired surrogate in a %3 escape</source>
            <translation>%1：头部字节 %2：%3 转义中有未配对的代理项</translation>
        </message>
        <message>
            <source>%1: header byte %2: bad escape in a string</source>
            <translation>%1：头部字节 %2：字符串中的转义无效</translation>
        </message>
        <message>
            <source>%1 must be a non-negative integer</source>
            <translation>%1 必须是非负整数</translation>
        </message>
        <message>
            <source>%1 is too large</source>
            <translation>%1 过大</translation>
        </message>
        <message>
            <source>%1: not a safetensors file (shorter than its 8-byte header length)</source>
            <translation>%1：不是 safetensors 文件（比其 8 字节的头部长度字段还短）</translation>
        </message>
        <message>
            <source>%1: the header length %2 is over the limit of 100 MB (not a safetensors file?)</source>
            <translation>%1：头部长度 %2 超过 100 MB 的上限（不是 safetensors 文件？）</translation>
        </message>
        <message>
            <source>%1: the header length %2 runs past the end of the file (%3 bytes; truncated?)</source>
            <translation>%1：头部长度 %2 超出文件末尾（%3 字节；文件被截断？）</translation>
        </message>
        <message>
            <source>%1: the header is not a JSON object</source>
            <translation>%1：头部不是 JSON 对象</translation>
        </message>
        <message>
            <source>%1: __metadata__ must be an object of strings</source>
            <translation>%1：__metadata__ 必须是由字符串组成的对象</translation>
        </message>
        <message>
            <source>%1: __metadata__ value %2 is not a string</source>
            <translation>%1：__metadata__ 的值 %2 不是字符串</translation>
        </message>
        <message>
            <source>%1: tensor '%2': its entry is not an object</source>
            <translation>%1：张量 '%2'：其条目不是对象</translation>
        </message>
        <message>
            <source>%1: tensor '%2': the entry needs dtype, shape and data_offsets</source>
            <translation>%1：张量 '%2'：条目需要 dtype、shape 和 data_offsets</translation>
        </message>
        <message>
            <source>%1: tensor '%2': dtype is not a string</source>
            <translation>%1：张量 '%2'：dtype 不是字符串</translation>
        </message>
        <message>
            <source>%1: tensor '%2': unknown dtype '%3'</source>
            <translation>%1：张量 '%2'：未知的 dtype '%3'</translation>
        </message>
        <message>
            <source>%1: tensor '%2': shape is not an array</source>
            <translation>%1：张量 '%2'：shape 不是数组</translation>
        </message>
        <message>
            <source>%1: tensor '%2': the shape has more than 64 dimensions</source>
            <translation>%1：张量 '%2'：形状超过 64 维</translation>
        </message>
        <message>
            <source>%1: tensor '%2': data_offsets must be [begin, end]</source>
            <translation>%1：张量 '%2'：data_offsets 必须为 [begin, end]</translation>
        </message>
        <message>
            <source>%1: tensor '%2': data_offsets [%3, %4] end before they begin</source>
            <translation>%1：张量 '%2'：data_offsets [%3, %4] 的结束位置在开始位置之前</translation>
        </message>
        <message>
            <source>%1: tensor '%2': data_offsets end at %3, past the %4 data bytes of the file (truncated?)</source>
            <translation>%1：张量 '%2'：data_offsets 结束于 %3，超出文件的 %4 个数据字节（文件被截断？）</translation>
        </message>
        <message>
            <source>%1: tensor '%2': the shape's size overflows 64 bits</source>
            <translation>%1：张量 '%2'：形状的大小超出 64 位范围</translation>
        </message>
        <message>
            <source>%1: tensor '%2': the shape holds %3 bytes of %4 but data_offsets give %5</source>
            <translation>%1：张量 '%2'：形状对应 %3 字节的 %4，但 data_offsets 给出 %5</translation>
        </message>
        <message>
            <source>%1: tensors '%2' and '%3' overlap in the data</source>
            <translation>%1：张量 '%2' 和 '%3' 的数据重叠</translation>
        </message>
        <message>
            <source>%1: descr appears twice</source>
            <translation>%1：descr 出现了两次</translation>
        </message>
        <message>
            <source>%1: descr is not a plain dtype string (structured arrays are not read)</source>
            <translation>%1：descr 不是普通的 dtype 字符串（不读取结构化数组）</translation>
        </message>
        <message>
            <source>%1: fortran_order appears twice</source>
            <translation>%1：fortran_order 出现了两次</translation>
        </message>
        <message>
            <source>%1: shape appears twice</source>
            <translation>%1：shape 出现了两次</translation>
        </message>
        <message>
            <source>%1: unexpected key '%2' in the header</source>
            <translation>%1：头部中出现意外的键 '%2'</translation>
        </message>
        <message>
            <source>%1: unexpected text after the header dict</source>
            <translation>%1：头部字典之后出现意外文本</translation>
        </message>
        <message>
            <source>%1: the header is not the dict NumPy writes (expected '%2')</source>
            <translation>%1：头部不是 NumPy 写出的字典（应为 '%2'）</translation>
        </message>
        <message>
            <source>%1: the header is not the dict NumPy writes (expected a quoted string)</source>
            <translation>%1：头部不是 NumPy 写出的字典（应为带引号的字符串）</translation>
        </message>
        <message>
            <source>%1: unterminated string in the header</source>
            <translation>%1：头部中的字符串未结束</translation>
        </message>
        <message>
            <source>%1: escapes in header strings are not read</source>
            <translation>%1：不读取头部字符串中的转义</translation>
        </message>
        <message>
            <source>%1: fortran_order must be True or False</source>
            <translation>%1：fortran_order 必须为 True 或 False</translation>
        </message>
        <message>
            <source>%1: a shape entry is too large</source>
            <translation>%1：形状中的某一项过大</translation>
        </message>
        <message>
            <source>%1: shape entries must be non-negative integers</source>
            <translation>%1：形状的各项必须是非负整数</translation>
        </message>
        <message>
            <source>%1: the shape has more than 64 dimensions</source>
            <translation>%1：形状超过 64 维</translation>
        </message>
        <message>
            <source>%1: not a .npy array (no %2 magic)</source>
            <translation>%1：不是 .npy 数组（没有 %2 标识）</translation>
        </message>
        <message>
            <source>%1: .npy format version %2.%3 is not read (1.0, 2.0 and 3.0 are)</source>
            <translation>%1：不读取 .npy 格式版本 %2.%3（可读取 1.0、2.0 和 3.0）</translation>
        </message>
        <message>
            <source>%1: the .npy header is truncated</source>
            <translation>%1：.npy 头部被截断</translation>
        </message>
        <message>
            <source>%1: the .npy header length %2 runs past the end of the data (truncated?)</source>
            <translation>%1：.npy 头部长度 %2 超出数据末尾（文件被截断？）</translation>
        </message>
        <message>
            <source>%1: the header needs descr, fortran_order and shape</source>
            <translation>%1：头部需要 descr、fortran_order 和 shape</translation>
        </message>
        <message>
            <source>%1: big-endian data ('%2') is not read; save the array little-endian (array.astype('&lt;%3'))</source>
            <translation>%1：不读取大端数据（'%2'）；请以小端格式保存数组（array.astype('&lt;%3')）</translation>
        </message>
        <message>
            <source>%1: dtype '%2' is not read (float16, float32 and float64: '&lt;f2', '&lt;f4', '&lt;f8')</source>
            <translation>%1：不读取 dtype '%2'（可读取 float16、float32 和 float64：'&lt;f2'、'&lt;f4'、'&lt;f8'）</translation>
        </message>
        <message>
            <source>%1: the shape holds %2 bytes but the array has %3 (truncated?)</source>
            <translation>%1：形状对应 %2 字节，但数组有 %3 字节（文件被截断？）</translation>
        </message>
        <message>
            <source>%1: the shape holds %2 bytes but the array has %3</source>
            <translation>%1：形状对应 %2 字节，但数组有 %3 字节</translation>
        </message>
        <message>
            <source>%1: not an .npz archive (too short for a zip directory)</source>
            <translation>%1：不是 .npz 压缩包（长度不足以容纳 zip 目录）</translation>
        </message>
        <message>
            <source>%1: not an .npz archive (no zip directory at the end; truncated?)</source>
            <translation>%1：不是 .npz 压缩包（末尾没有 zip 目录；文件被截断？）</translation>
        </message>
        <message>
            <source>%1: multi-part zip archives are not read</source>
            <translation>%1：不读取分卷 zip 压缩包</translation>
        </message>
        <message>
            <source>%1: the zip64 directory record is missing or misplaced</source>
            <translation>%1：zip64 目录记录缺失或位置错误</translation>
        </message>
        <message>
            <source>%1: the zip directory lies past the end of the file (truncated?)</source>
            <translation>%1：zip 目录位于文件末尾之后（文件被截断？）</translation>
        </message>
        <message>
            <source>%1: the zip directory claims more entries than it can hold</source>
            <translation>%1：zip 目录声明的条目数超过其容量</translation>
        </message>
        <message>
            <source>%1: zip directory entry %2 is damaged</source>
            <translation>%1：zip 目录的第 %2 个条目已损坏</translation>
        </message>
        <message>
            <source>%1: member '%2': a damaged zip extra field</source>
            <translation>%1：成员 '%2'：zip 扩展字段已损坏</translation>
        </message>
        <message>
            <source>%1: member '%2': a damaged zip64 extra field</source>
            <translation>%1：成员 '%2'：zip64 扩展字段已损坏</translation>
        </message>
        <message>
            <source>%1: member '%2': encrypted members are not read</source>
            <translation>%1：成员 '%2'：不读取加密的成员</translation>
        </message>
        <message>
            <source>%1: member '%2': the member is compressed (deflate, as numpy.savez_compressed writes); NeuroDyn reads only uncompressed .npz (numpy.savez)</source>
            <translation>%1：成员 '%2'：该成员已压缩（deflate，即 numpy.savez_compressed 的写法）；NeuroDyn 只读取未压缩的 .npz（numpy.savez）</translation>
        </message>
        <message>
            <source>%1: member '%2': zip compression method %3 is not read</source>
            <translation>%1：成员 '%2'：不读取 zip 压缩方法 %3</translation>
        </message>
        <message>
            <source>%1: member '%2': a stored member whose sizes disagree</source>
            <translation>%1：成员 '%2'：存储成员的大小不一致</translation>
        </message>
        <message>
            <source>%1: member '%2': the member's local header is missing (truncated?)</source>
            <translation>%1：成员 '%2'：该成员的本地头缺失（文件被截断？）</translation>
        </message>
        <message>
            <source>%1: member '%2': the member runs past the end of the file (truncated?)</source>
            <translation>%1：成员 '%2'：该成员超出文件末尾（文件被截断？）</translation>
        </message>
        <message>
            <source>%1: member '%2': the archive holds two members of that name</source>
            <translation>%1：成员 '%2'：压缩包中有两个同名成员</translation>
        </message>
        <message>
            <source>%1: not a weight file NeuroDyn reads (.safetensors, .npz or .npy)</source>
            <translation>%1：不是 NeuroDyn 可读取的权重文件（.safetensors、.npz 或 .npy）</translation>
        </message>
        <message>
            <source>%1: tensor '%2' has dtype %3, which is not read (F16, BF16, F32, F64)</source>
            <translation>%1：张量 '%2' 的 dtype 为 %3，该类型不被读取（可读取 F16、BF16、F32、F64）</translation>
        </message>
        <message>
            <source>%1: no tensor named '%2'</source>
            <translation>%1：没有名为 '%2' 的张量</translation>
        </message>
        <message>
            <source>%1: cannot open (%2)</source>
            <translation>%1：无法打开（%2）</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1：不是普通文件</translation>
        </message>
        <message>
            <source>%1: cannot map the file (%2)</source>
            <translation>%1：无法映射该文件（%2）</translation>
        </message>
        <message>
            <source>%1: the shape's size overflows 64 bits</source>
            <translation>%1：形状的大小超出 64 位范围</translation>
        </message>
        <message>
            <source>tensor '%1': expected a matrix, the shape has %2 dimensions</source>
            <translation>张量 '%1'：应为矩阵，但形状有 %2 维</translation>
        </message>
        <message>
            <source>tensor '%1': row %2 is out of range (%3 rows)</source>
            <translation>张量 '%1'：第 %2 行超出范围（共 %3 行）</translation>
        </message>
        <message>
            <source>tensor '%1': column %2 is out of range (%3 columns)</source>
            <translation>张量 '%1'：第 %2 列超出范围（共 %3 列）</translation>
        </message>
        <message>
            <source>%1: the PGM header ends before its %2</source>
            <translation>%1：PGM 头部在其 %2 之前结束</translation>
        </message>
        <message>
            <source>%1: the PGM %2 is not a number</source>
            <translation>%1：PGM 的 %2 不是数字</translation>
        </message>
        <message>
            <source>%1: the PGM %2 is too large</source>
            <translation>%1：PGM 的 %2 过大</translation>
        </message>
        <message>
            <source>%1: the PGM header is not followed by pixel data</source>
            <translation>%1：PGM 头部之后没有像素数据</translation>
        </message>
        <message>
            <source>%1 is not a PGM image (it does not start with P2 or P5)</source>
            <translation>%1 不是 PGM 图像（不以 P2 或 P5 开头）</translation>
        </message>
        <message>
            <source>%1: the PGM image has size %2 x %3; both must be at least 1</source>
            <translation>%1：PGM 图像尺寸为 %2 x %3；两者都必须至少为 1</translation>
        </message>
        <message>
            <source>%1: the PGM image has %2 pixels; at most %3 are read</source>
            <translation>%1：PGM 图像有 %2 个像素；最多读取 %3 个</translation>
        </message>
        <message>
            <source>%1: the PGM maxval %2 is outside 1..65535</source>
            <translation>%1：PGM 的 maxval %2 不在 1..65535 范围内</translation>
        </message>
        <message>
            <source>%1: PGM pixel %2 has value %3, above maxval %4</source>
            <translation>%1：PGM 像素 %2 的值为 %3，超过 maxval %4</translation>
        </message>
        <message>
            <source>%1: the PGM pixel data is truncated (%2 bytes of %3)</source>
            <translation>%1：PGM 像素数据被截断（%3 字节中只有 %2 字节）</translation>
        </message>
        <message>
            <source>%1: the PGM pixel data is truncated (%2 of %3 values)</source>
            <translation>%1：PGM 像素数据被截断（%3 个值中只有 %2 个）</translation>
        </message>
        <message>
            <source>cannot open the image file %1</source>
            <translation>无法打开图像文件 %1</translation>
        </message>
        <message>
            <source>%1 is not a PGM image, and this program reads no other image format</source>
            <translation>%1 不是 PGM 图像，而本程序不读取其他图像格式</translation>
        </message>
    </context>
    <context>
        <name>EntropyTasks</name>
        <message>
            <source>%1. Conventions: %2</source>
            <translation>%1。约定：%2</translation>
        </message>
        <message>
            <source>Template length</source>
            <translation>模板长度</translation>
        </message>
        <message>
            <source>r:</source>
            <translation>r：</translation>
        </message>
        <message>
            <source>Tolerance: absolute, or a fraction of the standard deviation</source>
            <translation>容差：绝对值，或标准差的比例</translation>
        </message>
        <message>
            <source>r is:</source>
            <translation>r 为：</translation>
        </message>
        <message>
            <source>Whether r is an absolute distance or a fraction of the standard deviation</source>
            <translation>r 是绝对距离还是标准差的比例</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>绝对</translation>
        </message>
        <message>
            <source>fraction of SD</source>
            <translation>标准差比例</translation>
        </message>
        <message>
            <source>Match:</source>
            <translation>匹配：</translation>
        </message>
        <message>
            <source>Templates match when their Chebyshev distance is &lt;= r or &lt; r</source>
            <translation>模板的切比雪夫距离 &lt;= r 或 &lt; r 时视为匹配</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
    </context>
    <context>
        <name>ExamplesCommand</name>
        <message>
            <source>List the built-in example studies: name and title.
Write one with 'neurodyn-cli example NAME [FILE]'.</source>
            <translation>列出内置示例研究：名称和标题。
用 'neurodyn-cli example NAME [FILE]' 写出其中一个。</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>意外的参数 '%1'</translation>
        </message>
        <message>
            <source>Write a built-in example study as a study file: to FILE, to NAME.json in the current folder when FILE is omitted, or to standard output for '-'.
Run it with 'neurodyn-cli run FILE --out DIR'.</source>
            <translation>将内置示例研究写成研究文件：写入 FILE；省略 FILE 时写入当前文件夹下的 NAME.json；'-' 表示标准输出。
用 'neurodyn-cli run FILE --out DIR' 运行它。</translation>
        </message>
        <message>
            <source>Example name (see 'neurodyn-cli examples').</source>
            <translation>示例名称（见 'neurodyn-cli examples'）。</translation>
        </message>
        <message>
            <source>Study file to write (optional).</source>
            <translation>要写出的研究文件（可选）。</translation>
        </message>
        <message>
            <source>expected NAME and optionally FILE</source>
            <translation>需要 NAME，可选 FILE</translation>
        </message>
        <message>
            <source>unknown example '%1' (known: %2)</source>
            <translation>未知示例 '%1'（已知：%2）</translation>
        </message>
        <message>
            <source>cannot write the study file: %1</source>
            <translation>无法写入研究文件：%1</translation>
        </message>
        <message>
            <source>wrote %1</source>
            <translation>已写入 %1</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>Lyapunov exponents</source>
            <translation>李雅普诺夫指数</translation>
        </message>
        <message>
            <source>Lyapunov exponents, D_KY = %1</source>
            <translation>李雅普诺夫指数，D_KY = %1</translation>
        </message>
        <message>
            <source>critical set LC_-1 (det J = 0)</source>
            <translation>临界集 LC_-1（det J = 0）</translation>
        </message>
        <message>
            <source>its image LC</source>
            <translation>其像 LC</translation>
        </message>
        <message>
            <source>critical point c (f'(c) = 0)</source>
            <translation>临界点 c（f'(c) = 0）</translation>
        </message>
        <message>
            <source>critical value f(c)</source>
            <translation>临界值 f(c)</translation>
        </message>
        <message>
            <source>Fixed points and critical set</source>
            <translation>不动点与临界集</translation>
        </message>
        <message>
            <source>Fixed points</source>
            <translation>不动点</translation>
        </message>
        <message>
            <source>Critical set on the slice (%1, %2)</source>
            <translation>截面 (%1, %2) 上的临界集</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along %1</source>
            <translation>沿 %1 的 Lyapunov 谱</translation>
        </message>
        <message>
            <source>at the study's parameter values</source>
            <translation>在研究的参数值处</translation>
        </message>
    </context>
    <context>
        <name>ImportOdeCommand</name>
        <message>
            <source>Import an XPPAUT model (.ode file) as a new study of a typed model ('equations'), written to STUDY.json or printed. Read: x(t+1)= maps, dx/dt= and x'= ODEs, par, init and x(0)=, aux, !derived constants, number, user functions, # comments, done, continued lines. Every line that is not translated (@ options, wiener, table, ran, the time t, ...) is reported on stderr with its line number. XPPAUT ignores case, NeuroDyn does not: names are lower-cased.
Exit code 0 when the model was read (even with lines reported), 2 when no complete model could be read.

Example: neurodyn-cli import-ode lorenz.ode lorenz.json</source>
            <translation>将 XPPAUT 模型（.ode 文件）导入为自定义模型（'equations'）的新研究，写入 STUDY.json 或直接输出。可读取：x(t+1)= 映射、dx/dt= 与 x'= 常微分方程、par、init 与 x(0)=、aux、!派生常数、number、用户函数、# 注释、done、续行。每一行未翻译的内容（@ 选项、wiener、table、ran、时间 t 等）都会在 stderr 上连同行号报告。XPPAUT 不区分大小写，NeuroDyn 区分：名称会转为小写。
读入模型时退出码为 0（即使有报告的行），无法读入完整模型时为 2。

示例：neurodyn-cli import-ode lorenz.ode lorenz.json</translation>
        </message>
        <message>
            <source>The .ode file to import.</source>
            <translation>要导入的 .ode 文件。</translation>
        </message>
        <message>
            <source>The study file to write (default: standard output).</source>
            <translation>要写入的研究文件（默认：标准输出）。</translation>
        </message>
        <message>
            <source>Write the model in NeuroDyn's model language instead of a study (for --model-file).</source>
            <translation>以 NeuroDyn 模型语言写出模型，而不是研究文件（供 --model-file 使用）。</translation>
        </message>
        <message>
            <source>which .ode file? (neurodyn-cli import-ode FILE.ode [STUDY.json])</source>
            <translation>哪个 .ode 文件？（neurodyn-cli import-ode FILE.ode [STUDY.json]）</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>意外的参数 '%1'</translation>
        </message>
        <message>
            <source>cannot write the study: %1</source>
            <translation>无法写入研究：%1</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>not enough memory for this computation</source>
            <translation>内存不足，无法进行此计算</translation>
        </message>
        <message>
            <source>the computation failed: %1</source>
            <translation>计算失败：%1</translation>
        </message>
    </context>
    <context>
        <name>MeasureCommand</name>
        <message>
            <source>sample entropy of one column {value, A, B}</source>
            <translation>单列数据的样本熵 {值, A, B}</translation>
        </message>
        <message>
            <source>Usage: neurodyn-cli measure NAME [options] FILE|-

Runs one measure on a CSV or whitespace-separated file ('-' reads standard input)
and prints JSON. Undefined values are null, with a "reason" key.

Measures:
</source>
            <translation>用法：neurodyn-cli measure NAME [选项] FILE|-

对 CSV 或空白分隔的文件（'-' 读取标准输入）运行一个度量
并输出 JSON。未定义的值为 null，并附 "reason" 键。

度量：
</translation>
        </message>
        <message>
            <source>unknown measure '%1' (known: %2)</source>
            <translation>未知度量 '%1'（已知：%2）</translation>
        </message>
        <message>
            <source>%1.
Input: FILE, or '-' for standard input; CSV or whitespace-separated, an optional header line, '#' comments.</source>
            <translation>%1。
输入：文件，或用 '-' 表示标准输入；CSV 或空白分隔，可有一行表头，'#' 开头为注释。</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>Write the JSON to this file instead of standard output.</source>
            <translation>将 JSON 写入此文件而非标准输出。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Input file, or - for standard input.</source>
            <translation>输入文件，或用 - 表示标准输入。</translation>
        </message>
        <message>
            <source>expected exactly one input FILE (or -), got %1</source>
            <translation>需要恰好一个输入 FILE（或 -），实际为 %1 个</translation>
        </message>
        <message>
            <source>cannot write the result: %1</source>
            <translation>无法写入结果：%1</translation>
        </message>
        <message>
            <source>an edge list has 2 or 3 columns (from, to[, weight]); this input has %1</source>
            <translation>边列表应有 2 或 3 列（起点、终点[、权重]）；此输入有 %1 列</translation>
        </message>
        <message>
            <source>the input has %1 data columns (%2); choose one with --column NAME or NUMBER (index columns, never taken by default: %3)</source>
            <translation>输入有 %1 个数据列（%2）；请用 --column 名称或编号选择一列（索引列默认从不使用：%3）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>the input has only index columns (%1); choose columns with --columns</source>
            <translation>输入只有索引列（%1）；请用 --columns 选择列</translation>
        </message>
        <message>
            <source>'%1' is deprecated, use '%2'</source>
            <translation>'%1' 已弃用，请使用 '%2'</translation>
        </message>
        <message>
            <source>Kuramoto order parameter of several columns {order_parameter_mean, order_parameter_sd}</source>
            <translation>多列数据的 Kuramoto 序参量 {order_parameter_mean, order_parameter_sd}</translation>
        </message>
        <message>
            <source>zero-lag cross-correlation of several columns {cross_correlation_matrix, cross_correlation_mean}</source>
            <translation>多列数据的零延迟互相关 {cross_correlation_matrix, cross_correlation_mean}</translation>
        </message>
        <message>
            <source>multifractal DFA of one column {q, h, tau, alpha, f_alpha}</source>
            <translation>单列数据的多重分形 DFA {q, h, tau, alpha, f_alpha}</translation>
        </message>
        <message>
            <source>multifractal spectrum of a weighted edge list {tau, alpha, f_alpha}</source>
            <translation>加权边列表的多重分形谱 {tau, alpha, f_alpha}</translation>
        </message>
        <message>
            <source>0-1 test for chaos of one column {K, K_c, c}</source>
            <translation>对单列数据的 0-1 混沌检验 {K, K_c, c}</translation>
        </message>
        <message>
            <source>
Every measure of columns accepts --surrogates shuffle|ft|aaft|iaaft --count N --seed S --tail greater|less|two-sided: its scalar tested against surrogates ("significance").
Run 'neurodyn-cli measure NAME --help' for a measure's options.
</source>
            <translation>
每个基于列的度量都接受 --surrogates shuffle|ft|aaft|iaaft --count N --seed S --tail greater|less|two-sided：用替代数据检验其标量（"significance"）。
运行 'neurodyn-cli measure NAME --help' 查看某个度量的选项。
</translation>
        </message>
        <message>
            <source>approximate entropy of one column {value, Phi_m, Phi_m+1}</source>
            <translation>单列的近似熵 {value, Phi_m, Phi_m+1}</translation>
        </message>
        <message>
            <source>multiscale sample entropy of one column {values per scale, A, B, complexity_index}</source>
            <translation>单列的多尺度样本熵 {各尺度的值, A, B, complexity_index}</translation>
        </message>
        <message>
            <source>permutation entropy of one column {value, pattern frequencies}</source>
            <translation>单列的排列熵 {value, 模式频率}</translation>
        </message>
        <message>
            <source>delay and dimension for embedding one column {delay, fnn, cao: chosen values and curves}</source>
            <translation>单列嵌入的延迟与维数 {delay, fnn, cao：所选值与曲线}</translation>
        </message>
        <message>
            <source>recurrence quantification of one column {RR, DET, L_max, L_mean, ENTR, LAM, TT}</source>
            <translation>单列的递归量化分析 {RR, DET, L_max, L_mean, ENTR, LAM, TT}</translation>
        </message>
        <message>
            <source>Column to use: header name or 1-based number (default: the only column that is neither an index column step, time, t or a row counter nor a label column).</source>
            <translation>要使用的列：表头名称或从 1 开始的编号（默认：唯一一个既不是索引列 step、time、t 或行计数器、也不是标签列的列）。</translation>
        </message>
        <message>
            <source>Columns (nodes) to use, comma-separated names or numbers (default: every column but the index columns step, time, t, a row counter and label columns).</source>
            <translation>要使用的列（节点），以逗号分隔的名称或编号（默认：除索引列 step、time、t、行计数器和标签列以外的所有列）。</translation>
        </message>
        <message>
            <source>Empty fields or missing-value marks (NaN, NA) in the columns used: refuse (default), drop (remove those rows; the series joins across them) or interpolate (linearly between the neighbouring rows; gaps at either end are removed). The JSON's "gaps" says what was done.</source>
            <translation>所用列中的空字段或缺失值标记（NaN、NA）：refuse（默认，拒绝）、drop（删除这些行；序列跨过它们相接）或 interpolate（在相邻行之间线性插值；两端的缺口被删除）。JSON 中的 "gaps" 说明所做的处理。</translation>
        </message>
        <message>
            <source>RULE</source>
            <translation>规则</translation>
        </message>
    </context>
    <context>
        <name>MeasureEmbedding</name>
        <message>
            <source>ami: the first minimum of the average mutual information (default); acf: the first zero of the autocorrelation; or a whole number tau &gt;= 1.</source>
            <translation>ami：平均互信息的第一个极小值（默认）；acf：自相关的第一个零点；或整数 tau &gt;= 1。</translation>
        </message>
        <message>
            <source>ami|acf|TAU</source>
            <translation>ami|acf|TAU</translation>
        </message>
        <message>
            <source>Largest lag for the delay choice; 0: min(N/4, 1000) (default).</source>
            <translation>选择延迟时的最大滞后；0：min(N/4, 1000)（默认）。</translation>
        </message>
        <message>
            <source>LAGS</source>
            <translation>滞后数</translation>
        </message>
        <message>
            <source>Bins per axis of the mutual information's histogram (B-spline weights); 0: Sturges' ceil(log2 N) + 1, at most 64 (default).</source>
            <translation>互信息直方图每个坐标轴的分箱数（B 样条权重）；0：Sturges 规则 ceil(log2 N) + 1，最多 64（默认）。</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Dimensions 1..M are tested, M from 1 to 30 (default 10).</source>
            <translation>检验维数 1..M，M 为 1 到 30（默认 10）。</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Theiler window: neighbours closer in time than this are skipped (default 0).</source>
            <translation>Theiler 窗口：时间上比此更近的邻居被跳过（默认 0）。</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Kennel's R_tol: distance growth that makes a neighbour false (default 10).</source>
            <translation>Kennel 的 R_tol：使邻居成为虚假邻居的距离增长（默认 10）。</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Kennel's A_tol: new distance over the standard deviation (default 2).</source>
            <translation>Kennel 的 A_tol：新距离与标准差之比（默认 2）。</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>The chosen dimension is the first whose false fraction is below this (default 0.01).</source>
            <translation>所选维数是虚假邻居比例首次低于此值的维数（默认 0.01）。</translation>
        </message>
        <message>
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <source>Cao's chosen dimension is the first d with E1(d) at or above this (default 0.9).</source>
            <translation>Cao 方法所选维数是 E1(d) 首次达到或超过此值的 d（默认 0.9）。</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>--delay must be ami, acf or a whole number from 1 to 1e6, not '%1'</source>
            <translation>--delay 必须是 ami、acf 或 1 到 1e6 之间的整数，而不是 '%1'</translation>
        </message>
        <message>
            <source>--max-lag must be a whole number from 0 to 1e6</source>
            <translation>--max-lag 必须是 0 到 1e6 之间的整数</translation>
        </message>
        <message>
            <source>--bins must be 0 or a whole number from 3 to 1024</source>
            <translation>--bins 必须是 0 或 3 到 1024 之间的整数</translation>
        </message>
        <message>
            <source>--max-dimension must be a whole number from 1 to 30</source>
            <translation>--max-dimension 必须是 1 到 30 之间的整数</translation>
        </message>
        <message>
            <source>--theiler must be a whole number from 0 to 1e6</source>
            <translation>--theiler 必须是 0 到 1e6 之间的整数</translation>
        </message>
        <message>
            <source>--rtol and --atol must be numbers &gt; 0</source>
            <translation>--rtol 和 --atol 必须是大于 0 的数</translation>
        </message>
        <message>
            <source>--fnn-threshold and --cao-threshold must be numbers &gt; 0</source>
            <translation>--fnn-threshold 和 --cao-threshold 必须是大于 0 的数</translation>
        </message>
        <message>
            <source>Cao's dimension is also chosen where E1 stops changing: E1(d) &gt;= 0.5 and it moves by at most this to d + 1 and d + 2 (default 0.05; 0: threshold only).</source>
            <translation>在 E1 不再变化处也选定 Cao 维数：E1(d) &gt;= 0.5 且到 d + 1 和 d + 2 的变化至多为此值（默认 0.05；0：仅用阈值）。</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>--cao-plateau must be a number from 0 (off) to 1</source>
            <translation>--cao-plateau 必须是 0（关闭）到 1 之间的数</translation>
        </message>
    </context>
    <context>
        <name>MeasureMfdfa</name>
        <message>
            <source>q values, comma-separated; negative values work as --q=-2,2 or --q -2,2 (default -5..5 step 1).</source>
            <translation>q 值，逗号分隔；负值写作 --q=-2,2 或 --q -2,2（默认 -5..5，步长 1）。</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>Detrending polynomial order 0..8 (default 1).</source>
            <translation>去趋势多项式阶数 0..8（默认 1）。</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>Smallest generated scale (default 16).</source>
            <translation>自动生成的最小尺度（默认 16）。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Largest generated scale (default N/4).</source>
            <translation>自动生成的最大尺度（默认 N/4）。</translation>
        </message>
        <message>
            <source>Number of log-spaced scales, rounded to the nearest integer (default 20).</source>
            <translation>对数间隔尺度的个数，四舍五入为整数（默认 20）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Explicit scales, comma-separated, increasing (replaces the generated ones).</source>
            <translation>显式尺度，逗号分隔，递增（取代自动生成的尺度）。</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>工作线程数（默认全部）。</translation>
        </message>
        <message>
            <source>--q expects comma-separated numbers, got '%1'</source>
            <translation>--q 需要逗号分隔的数字，实际为 '%1'</translation>
        </message>
        <message>
            <source>--order must be a whole number from 0 to 8</source>
            <translation>--order 必须是 0 到 8 之间的整数</translation>
        </message>
        <message>
            <source>--scale-min must be a whole number &gt;= 1</source>
            <translation>--scale-min 必须是 &gt;= 1 的整数</translation>
        </message>
        <message>
            <source>--scale-max must be a whole number &gt;= 1</source>
            <translation>--scale-max 必须是 &gt;= 1 的整数</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads 必须是 0 到 4096 之间的整数</translation>
        </message>
        <message>
            <source>--scale-list expects comma-separated whole numbers &gt;= 1</source>
            <translation>--scale-list 需要逗号分隔的 &gt;= 1 的整数</translation>
        </message>
        <message>
            <source>--scale-count must be a whole number from 2 to 10000</source>
            <translation>--scale-count 必须是 2 到 10000 之间的整数</translation>
        </message>
        <message>
            <source>Fits with R^2 below this are listed under warnings (default 0.98).</source>
            <translation>R^2 低于此值的拟合会列在 warnings 中（默认 0.98）。</translation>
        </message>
        <message>
            <source>R2</source>
            <translation>R2</translation>
        </message>
        <message>
            <source>--min-r2 must be a number from 0 to 1</source>
            <translation>--min-r2 必须是 0 到 1 之间的数</translation>
        </message>
    </context>
    <context>
        <name>MeasureMse</name>
        <message>
            <source>Scales 1..S of the coarse-graining (default 20).</source>
            <translation>粗粒化的尺度 1..S（默认 20）。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>costa: one coarse-grained series per scale (default); rcmse: refined composite, A and B summed over the s shifted coarse-grained series.</source>
            <translation>costa：每个尺度一个粗粒化序列（默认）；rcmse：精细复合，A 和 B 在 s 个平移的粗粒化序列上求和。</translation>
        </message>
        <message>
            <source>costa|rcmse</source>
            <translation>costa|rcmse</translation>
        </message>
        <message>
            <source>original: r from the original series' standard deviation at every scale (default, Costa et al.); per-scale: from each coarse-grained series.</source>
            <translation>original：每个尺度都用原始序列的标准差确定 r（默认，Costa 等）；per-scale：用各粗粒化序列的标准差。</translation>
        </message>
        <message>
            <source>original|per-scale</source>
            <translation>original|per-scale</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>工作线程数（默认全部）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--scales must be a whole number from 1 to 100000</source>
            <translation>--scales 必须是 1 到 100000 之间的整数</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads 必须是 0 到 4096 之间的整数</translation>
        </message>
        <message>
            <source>--method must be costa or rcmse, not '%1'</source>
            <translation>--method 必须是 costa 或 rcmse，而不是 '%1'</translation>
        </message>
        <message>
            <source>--tolerance must be original or per-scale, not '%1'</source>
            <translation>--tolerance 必须是 original 或 per-scale，而不是 '%1'</translation>
        </message>
        <message>
            <source>the complexity index needs every scale defined</source>
            <translation>复杂度指数要求每个尺度都有定义</translation>
        </message>
    </context>
    <context>
        <name>MeasureNetwork</name>
        <message>
            <source>LIST</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>Explicit radii, comma-separated, increasing, &gt; 0 (default: generated).</source>
            <translation>显式半径，逗号分隔，递增，&gt; 0（默认自动生成）。</translation>
        </message>
        <message>
            <source>Number of generated log-spaced radii (default 20).</source>
            <translation>自动生成的对数间隔半径个数（默认 20）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>工作线程数（默认全部）。</translation>
        </message>
        <message>
            <source>--q expects comma-separated numbers, got '%1'</source>
            <translation>--q 需要逗号分隔的数字，实际为 '%1'</translation>
        </message>
        <message>
            <source>--radii expects comma-separated numbers</source>
            <translation>--radii 需要逗号分隔的数字</translation>
        </message>
        <message>
            <source>--radius-count must be a whole number from 2 to 1e5</source>
            <translation>--radius-count 必须是 2 到 1e5 之间的整数</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads 必须是 0 到 4096 之间的整数</translation>
        </message>
        <message>
            <source>Fits with R^2 below this are listed under warnings (default 0.98).</source>
            <translation>R^2 低于此值的拟合会列在 warnings 中（默认 0.98）。</translation>
        </message>
        <message>
            <source>R2</source>
            <translation>R2</translation>
        </message>
        <message>
            <source>--min-r2 must be a number from 0 to 1</source>
            <translation>--min-r2 必须是 0 到 1 之间的数</translation>
        </message>
        <message>
            <source>Estimator: neuromfa-code, neuromfa-paths, sandbox or normalised-growth (default).</source>
            <translation>估计方法：neuromfa-code、neuromfa-paths、sandbox 或 normalised-growth（默认）。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>q values, comma-separated (default -5..5 step 1; the NeuroMFA methods -3..3 step 0.1); --q=-2,2 or --q -2,2.</source>
            <translation>q 值，以逗号分隔（默认 -5..5，步长 1；NeuroMFA 方法为 -3..3，步长 0.1）；--q=-2,2 或 --q -2,2。</translation>
        </message>
        <message>
            <source>NeuroMFA: keep distances d with 1 &lt; d &lt;= this (default 150).</source>
            <translation>NeuroMFA：保留满足 1 &lt; d &lt;= 此值的距离 d（默认 150）。</translation>
        </message>
        <message>
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <source>NeuroMFA: a node needs more than this many kept distances (default 10).</source>
            <translation>NeuroMFA：节点保留的距离数必须多于此值（默认 10）。</translation>
        </message>
        <message>
            <source>NeuroMFA: round distances to this many decimals (default 0).</source>
            <translation>NeuroMFA：距离四舍五入到此位小数（默认 0）。</translation>
        </message>
        <message>
            <source>NeuroMFA: 0 keep all, 1 flag f &gt; 0, 2 flag alpha not largest at the first q, 3 both (default 0).</source>
            <translation>NeuroMFA：0 全部保留，1 标记 f &gt; 0，2 标记 alpha 在第一个 q 处不是最大，3 两者（默认 0）。</translation>
        </message>
        <message>
            <source>Read each row as an edge from its first node to its second (default: undirected).</source>
            <translation>将每行读作从第一个节点指向第二个节点的边（默认：无向）。</translation>
        </message>
        <message>
            <source>Sandbox: number of centres drawn by the seed (default 0: every node).</source>
            <translation>Sandbox：按种子抽取的中心数（默认 0：所有节点）。</translation>
        </message>
        <message>
            <source>Sandbox: seed of the centre sample (default 1).</source>
            <translation>Sandbox：中心抽样的种子（默认 1）。</translation>
        </message>
        <message>
            <source>--method must be neuromfa-code, neuromfa-paths, sandbox or normalised-growth, got '%1'</source>
            <translation>--method 必须是 neuromfa-code、neuromfa-paths、sandbox 或 normalised-growth，收到 '%1'</translation>
        </message>
        <message>
            <source>--max-distance must be a number above 1</source>
            <translation>--max-distance 必须是大于 1 的数</translation>
        </message>
        <message>
            <source>--min-edges must be a whole number from 0 to 1e9</source>
            <translation>--min-edges 必须是 0 到 1e9 之间的整数</translation>
        </message>
        <message>
            <source>--round-digits must be a whole number from 0 to 6</source>
            <translation>--round-digits 必须是 0 到 6 之间的整数</translation>
        </message>
        <message>
            <source>--filter-mode must be 0, 1, 2 or 3</source>
            <translation>--filter-mode 必须是 0、1、2 或 3</translation>
        </message>
        <message>
            <source>--centres must be a whole number from 0 to 1e9</source>
            <translation>--centres 必须是 0 到 1e9 之间的整数</translation>
        </message>
        <message>
            <source>--seed must be a whole number from 0 to 2147483647</source>
            <translation>--seed 必须是 0 到 2147483647 之间的整数</translation>
        </message>
    </context>
    <context>
        <name>MeasurePermutation</name>
        <message>
            <source>yes: divide by ln d! (default); no: the entropy in nats.</source>
            <translation>yes：除以 ln d!（默认）；no：以 nat 为单位的熵。</translation>
        </message>
        <message>
            <source>yes|no</source>
            <translation>yes|no</translation>
        </message>
        <message>
            <source>no: every window counts once (default); yes: each window counts with the variance of its values (Fadlallah et al. 2013).</source>
            <translation>no：每个窗口计一次（默认）；yes：每个窗口按其取值的方差加权（Fadlallah 等，2013）。</translation>
        </message>
        <message>
            <source>--normalise must be yes or no, not '%1'</source>
            <translation>--normalise 必须是 yes 或 no，而不是 '%1'</translation>
        </message>
        <message>
            <source>--weighted must be yes or no, not '%1'</source>
            <translation>--weighted 必须是 yes 或 no，而不是 '%1'</translation>
        </message>
        <message>
            <source>Order d of the ordinal patterns, 2 to 8 (default 3), or fnn (false nearest neighbours) or cao (Cao's E1): the embedding dimension chosen from the series.</source>
            <translation>序数模式的阶 d，2 到 8（默认 3），或 fnn（虚假最近邻）或 cao（Cao 的 E1）：从序列中选出的嵌入维数。</translation>
        </message>
        <message>
            <source>D|fnn|cao</source>
            <translation>D|fnn|cao</translation>
        </message>
        <message>
            <source>Delay tau between a pattern's samples (default 1), or ami (the first minimum of the average mutual information) or acf (the first zero of the autocorrelation), as measure embedding chooses them.</source>
            <translation>模式中样本之间的延迟 tau（默认 1），或 ami（平均互信息的第一个极小值）或 acf（自相关的第一个零点），与 measure embedding 的选择方式相同。</translation>
        </message>
        <message>
            <source>TAU|ami|acf</source>
            <translation>TAU|ami|acf</translation>
        </message>
    </context>
    <context>
        <name>MeasureRqa</name>
        <message>
            <source>Threshold: a distance (abs), a fraction of the series' standard deviation (sd, default 0.1) or a recurrence rate in (0, 1] (rate).</source>
            <translation>阈值：一个距离（abs）、序列标准差的一个比例（sd，默认 0.1）或 (0, 1] 内的递归率（rate）。</translation>
        </message>
        <message>
            <source>EPS</source>
            <translation>EPS</translation>
        </message>
        <message>
            <source>sd (default), abs or rate: how --eps is read.</source>
            <translation>sd（默认）、abs 或 rate：--eps 的含义。</translation>
        </message>
        <message>
            <source>sd|abs|rate</source>
            <translation>sd|abs|rate</translation>
        </message>
        <message>
            <source>max (default) or euclidean.</source>
            <translation>max（默认）或 euclidean。</translation>
        </message>
        <message>
            <source>max|euclidean</source>
            <translation>max|euclidean</translation>
        </message>
        <message>
            <source>Theiler window w: pairs |i-j| &lt; w are left out (default 1).</source>
            <translation>Theiler 窗口 w：|i-j| &lt; w 的点对被排除（默认 1）。</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Shortest diagonal line DET, L_mean and ENTR count (default 2).</source>
            <translation>DET、L_mean 和 ENTR 计入的最短对角线长度（默认 2）。</translation>
        </message>
        <message>
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <source>Shortest vertical line LAM and TT count (default 2).</source>
            <translation>LAM 和 TT 计入的最短竖线长度（默认 2）。</translation>
        </message>
        <message>
            <source>V</source>
            <translation>V</translation>
        </message>
        <message>
            <source>Also draw the recurrence plot as BASE.png, .svg and .pdf (not with --window).</source>
            <translation>同时将递归图绘制为 BASE.png、.svg 和 .pdf（不能与 --window 同用）。</translation>
        </message>
        <message>
            <source>BASE</source>
            <translation>BASE</translation>
        </message>
        <message>
            <source>Windowed RQA: samples per window (default 0: the whole series).</source>
            <translation>分窗 RQA：每个窗口的样本数（默认 0：整个序列）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Windowed RQA: samples between window starts (default: the window).</source>
            <translation>分窗 RQA：相邻窗口起点之间的样本数（默认：窗口长度）。</translation>
        </message>
        <message>
            <source>--figure: no drawing platform</source>
            <translation>--figure：没有绘图平台</translation>
        </message>
        <message>
            <source>--figure: this build draws no figures</source>
            <translation>--figure：此版本不绘制图形</translation>
        </message>
        <message>
            <source>--theiler must be a whole number from 0 to 1e6</source>
            <translation>--theiler 必须是 0 到 1e6 之间的整数</translation>
        </message>
        <message>
            <source>--lmin and --vmin must be whole numbers from 1 to 1e6</source>
            <translation>--lmin 和 --vmin 必须是 1 到 1e6 之间的整数</translation>
        </message>
        <message>
            <source>--window and --step must be whole numbers &gt;= 0</source>
            <translation>--window 和 --step 必须是 &gt;= 0 的整数</translation>
        </message>
        <message>
            <source>--eps-mode must be sd, abs or rate, not '%1'</source>
            <translation>--eps-mode 必须是 sd、abs 或 rate，而不是 '%1'</translation>
        </message>
        <message>
            <source>--norm must be max or euclidean, not '%1'</source>
            <translation>--norm 必须是 max 或 euclidean，而不是 '%1'</translation>
        </message>
        <message>
            <source>--eps must be a positive number (a rate at most 1)</source>
            <translation>--eps 必须是正数（比率至多为 1）</translation>
        </message>
        <message>
            <source>--step needs --window</source>
            <translation>--step 需要 --window</translation>
        </message>
        <message>
            <source>--figure draws the whole series' plot, not with --window</source>
            <translation>--figure 绘制整个序列的图，不能与 --window 同用</translation>
        </message>
        <message>
            <source>Embedding dimension m &gt;= 1 (default 1), or fnn (false nearest neighbours) or cao (Cao's E1): chosen from the series with the delay in use.</source>
            <translation>嵌入维数 m &gt;= 1（默认 1），或 fnn（虚假最近邻）或 cao（Cao 的 E1）：按所用延迟从序列中选出。</translation>
        </message>
        <message>
            <source>M|fnn|cao</source>
            <translation>M|fnn|cao</translation>
        </message>
        <message>
            <source>Embedding delay tau &gt;= 1 in samples (default 1), or ami (the first minimum of the average mutual information) or acf (the first zero of the autocorrelation).</source>
            <translation>以样本计的嵌入延迟 tau &gt;= 1（默认 1），或 ami（平均互信息的第一个极小值）或 acf（自相关的第一个零点）。</translation>
        </message>
        <message>
            <source>TAU|ami|acf</source>
            <translation>TAU|ami|acf</translation>
        </message>
    </context>
    <context>
        <name>MeasureSampEn</name>
        <message>
            <source>shared: A and B over the same N - m starts (default); all: B over every length-m template.</source>
            <translation>shared：A 与 B 基于相同的 N - m 个起点（默认）；all：B 基于所有长度为 m 的模板。</translation>
        </message>
        <message>
            <source>shared|all</source>
            <translation>shared|all</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>工作线程数（默认全部）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads 必须是 0 到 4096 之间的整数</translation>
        </message>
        <message>
            <source>--templates must be shared or all, not '%1'</source>
            <translation>--templates 必须是 shared 或 all，而不是 '%1'</translation>
        </message>
        <message>
            <source>Delay between template coordinates (default 1), or ami (the first minimum of the average mutual information) or acf (the first zero of the autocorrelation).</source>
            <translation>模板坐标之间的延迟（默认 1），或 ami（平均互信息的第一个极小值）或 acf（自相关的第一个零点）。</translation>
        </message>
        <message>
            <source>TAU|ami|acf</source>
            <translation>TAU|ami|acf</translation>
        </message>
    </context>
    <context>
        <name>MeasureSignificance</name>
        <message>
            <source>unknown surrogate kind '%1' (known: shuffle, ft, aaft, iaaft)</source>
            <translation>未知的替代数据类型 '%1'（已知：shuffle、ft、aaft、iaaft）</translation>
        </message>
        <message>
            <source>--surrogate-count must be a whole number from 1 to 1000000</source>
            <translation>--surrogate-count 必须是 1 到 1000000 之间的整数</translation>
        </message>
        <message>
            <source>--surrogate-seed must be a whole number &gt;= 0</source>
            <translation>--surrogate-seed 必须是 &gt;= 0 的整数</translation>
        </message>
        <message>
            <source>--tail must be greater, less or two-sided</source>
            <translation>--tail 必须是 greater、less 或 two-sided</translation>
        </message>
        <message>
            <source>--iaaft-tolerance must be a number &gt;= 0</source>
            <translation>--iaaft-tolerance 必须是 &gt;= 0 的数</translation>
        </message>
        <message>
            <source>--iaaft-max-iterations must be a whole number from 1 to 1000000</source>
            <translation>--iaaft-max-iterations 必须是 1 到 1000000 之间的整数</translation>
        </message>
        <message>
            <source>Test the measure's scalar against surrogates of this kind: shuffle, ft, aaft or iaaft (several columns: one permutation or phase set for all of them).</source>
            <translation>用此类替代数据检验度量的标量：shuffle、ft、aaft 或 iaaft（多列时：所有列共用一个置换或一组相位）。</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Number of surrogates (default 199).</source>
            <translation>替代数据的个数（默认 199）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Seed of the surrogates (default 1).</source>
            <translation>替代数据的随机种子（默认 1）。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Tail of the p-value: greater (default), less or two-sided.</source>
            <translation>p 值的尾侧：greater（默认）、less 或 two-sided。</translation>
        </message>
        <message>
            <source>TAIL</source>
            <translation>尾侧</translation>
        </message>
        <message>
            <source>IAAFT stops when its spectrum error changes by at most this fraction (default 1e-4).</source>
            <translation>当 IAAFT 的频谱误差变化不超过此比例时停止（默认 1e-4）。</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>IAAFT iteration cap (default 1000).</source>
            <translation>IAAFT 迭代次数上限（默认 1000）。</translation>
        </message>
        <message>
            <source>--%1 needs --surrogates KIND</source>
            <translation>--%1 需要 --surrogates KIND</translation>
        </message>
        <message>
            <source>measure '%1' has no scalar to test against surrogates</source>
            <translation>度量 '%1' 没有可用替代数据检验的标量</translation>
        </message>
        <message>
            <source>%1 %2 surrogates</source>
            <translation>%1 个 %2 替代数据</translation>
        </message>
        <message>
            <source>--scalar must be one of %1 for measure '%2'</source>
            <translation>对于度量 '%2'，--scalar 必须是 %1 之一</translation>
        </message>
        <message>
            <source>Which scalar of the result to test where a measure has several (mfdfa: width, the default, or h2, h at q = 2).</source>
            <translation>度量有多个标量时检验哪一个（mfdfa：默认 width，或 h2，即 q = 2 处的 h）。</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>键</translation>
        </message>
    </context>
    <context>
        <name>MeasureSync</name>
        <message>
            <source>Spike threshold (default 0).</source>
            <translation>放电阈值（默认 0）。</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>--threshold must be a number</source>
            <translation>--threshold 必须是数字</translation>
        </message>
        <message>
            <source>Node (1-based position in --columns) the per-node correlations refer to (default 1).</source>
            <translation>逐节点相关所参照的节点（在 --columns 中从 1 开始的位置，默认 1）。</translation>
        </message>
        <message>
            <source>H</source>
            <translation>H</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>工作线程数（默认全部）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--hub must be a whole number from 1 to %1</source>
            <translation>--hub 必须是 1 到 %1 之间的整数</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads 必须是 0 到 4096 之间的整数</translation>
        </message>
        <message>
            <source>--local-half-width must be a whole number &gt;= 0</source>
            <translation>--local-half-width 必须是 &gt;= 0 的整数</translation>
        </message>
        <message>
            <source>A node (1-based position in --columns) that is not on the ring, as a ring-star's hub: the ring is the other columns in order (default: every column is on the ring).</source>
            <translation>不在环上的节点（在 --columns 中的位置，从 1 开始），如环星网络的中心：环由其余各列按顺序组成（默认：每一列都在环上）。</translation>
        </message>
        <message>
            <source>--ring-hub must be a whole number from 1 to %1</source>
            <translation>--ring-hub 必须是 1 到 %1 之间的整数</translation>
        </message>
        <message>
            <source>How phases are obtained: spike (upward threshold crossings, default), centred (angle of (x - &lt;x&gt;, y - &lt;y&gt;) with --y-columns), arctan (atan2(y, x), uncentred, with --y-columns), hilbert (angle of the analytic signal of x - &lt;x&gt;) or given (the columns are phases in radians).</source>
            <translation>相位的获取方式：spike（向上穿越阈值，默认）、centred（(x - &lt;x&gt;, y - &lt;y&gt;) 的角度，需 --y-columns）、arctan（atan2(y, x)，未中心化，需 --y-columns）、hilbert（x - &lt;x&gt; 的解析信号的角度）或 given（各列即为以弧度表示的相位）。</translation>
        </message>
        <message>
            <source>spike|centred|arctan|hilbert|given</source>
            <translation>spike|centred|arctan|hilbert|given</translation>
        </message>
        <message>
            <source>Centred and arctan phases: the y column of each node, in --columns order.</source>
            <translation>中心化相位和 arctan 相位：每个节点的 y 列，按 --columns 的顺序。</translation>
        </message>
        <message>
            <source>Half-width of the ring neighbourhood of the local order parameter (default max(1, ring nodes/10)).</source>
            <translation>局部序参量环邻域的半宽（默认 max(1, 环节点数/10)）。</translation>
        </message>
        <message>
            <source>note: --phases %1 is deprecated, use --phases %2</source>
            <translation>注意：--phases %1 已弃用，请使用 --phases %2</translation>
        </message>
        <message>
            <source>--phases must be one of %1, not '%2'</source>
            <translation>--phases 必须是 %1 之一，而不是 '%2'</translation>
        </message>
        <message>
            <source>--phases %1 needs --y-columns with one column per node (%2)</source>
            <translation>--phases %1 需要 --y-columns，每个节点一列（%2）</translation>
        </message>
        <message>
            <source>The scalar of the correlation matrix: all-pairs (mean over all pairs, default), hub (mean of the hub's correlations with every other node) or ring-neighbours (mean over the ring's edges i ~ i+1).</source>
            <translation>相关矩阵的标量：all-pairs（所有节点对的均值，默认）、hub（中心与其他每个节点相关系数的均值）或 ring-neighbours（环上各边 i ~ i+1 的均值）。</translation>
        </message>
        <message>
            <source>hub|all-pairs|ring-neighbours</source>
            <translation>hub|all-pairs|ring-neighbours</translation>
        </message>
        <message>
            <source>--correlation must be one of %1, not '%2'</source>
            <translation>--correlation 必须是 %1 之一，而不是 '%2'</translation>
        </message>
        <message>
            <source>--y-columns: %1</source>
            <translation>--y-columns：%1</translation>
        </message>
    </context>
    <context>
        <name>MeasureTolerance</name>
        <message>
            <source>Tolerance r &gt; 0 (default 0.2).</source>
            <translation>容差 r &gt; 0（默认 0.2）。</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>sd: r is a fraction of the standard deviation (default); abs: absolute.</source>
            <translation>sd：r 为标准差的倍数（默认）；abs：绝对值。</translation>
        </message>
        <message>
            <source>sd|abs</source>
            <translation>sd|abs</translation>
        </message>
        <message>
            <source>Standard deviation divisor N - ddof, 0 (default) or 1.</source>
            <translation>标准差的除数 N - ddof，0（默认）或 1。</translation>
        </message>
        <message>
            <source>0|1</source>
            <translation>0|1</translation>
        </message>
        <message>
            <source>Match rule: le (distance &lt;= r, default) or lt (&lt; r).</source>
            <translation>匹配规则：le（距离 &lt;= r，默认）或 lt（&lt; r）。</translation>
        </message>
        <message>
            <source>le|lt</source>
            <translation>le|lt</translation>
        </message>
        <message>
            <source>--r must be a positive number</source>
            <translation>--r 必须是正数</translation>
        </message>
        <message>
            <source>--ddof must be 0 or 1</source>
            <translation>--ddof 必须是 0 或 1</translation>
        </message>
        <message>
            <source>--r-mode must be sd or abs, not '%1'</source>
            <translation>--r-mode 必须是 sd 或 abs，而不是 '%1'</translation>
        </message>
        <message>
            <source>--match must be le or lt, not '%1'</source>
            <translation>--match 必须是 le 或 lt，而不是 '%1'</translation>
        </message>
        <message>
            <source>Template length m &gt;= 1 (default 2), or fnn (false nearest neighbours) or cao (Cao's E1): chosen from the series as measure embedding does.</source>
            <translation>模板长度 m &gt;= 1（默认 2），或 fnn（虚假最近邻）或 cao（Cao 的 E1）：像 measure embedding 一样从序列中选出。</translation>
        </message>
        <message>
            <source>M|fnn|cao</source>
            <translation>M|fnn|cao</translation>
        </message>
    </context>
    <context>
        <name>MeasureZeroOne</name>
        <message>
            <source>Seed of the c draw (default 1).</source>
            <translation>c 抽取的随机种子（默认 1）。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Number of c values drawn (default 100).</source>
            <translation>抽取的 c 值个数（默认 100）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Lower end of the c draw (default pi/5).</source>
            <translation>c 抽取范围的下限（默认 pi/5）。</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Upper end of the c draw (default 4 pi/5).</source>
            <translation>c 抽取范围的上限（默认 4 pi/5）。</translation>
        </message>
        <message>
            <source>Explicit c values, one per line (replaces the draw).</source>
            <translation>显式给出的 c 值，每行一个（取代随机抽取）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Largest n of M_c(n) (default N/10).</source>
            <translation>M_c(n) 的最大 n（默认 N/10）。</translation>
        </message>
        <message>
            <source>Also print M_c(n) for every c and the p-q trajectory of the median c.</source>
            <translation>同时输出每个 c 的 M_c(n) 以及中位 c 的 p-q 轨迹。</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>工作线程数（默认全部）。</translation>
        </message>
        <message>
            <source>--seed must be a whole number &gt;= 0</source>
            <translation>--seed 必须是 &gt;= 0 的整数</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads 必须是 0 到 4096 之间的整数</translation>
        </message>
        <message>
            <source>--c-min must be a number</source>
            <translation>--c-min 必须是数字</translation>
        </message>
        <message>
            <source>--c-max must be a number</source>
            <translation>--c-max 必须是数字</translation>
        </message>
        <message>
            <source>--c-file: %1</source>
            <translation>--c-file：%1</translation>
        </message>
        <message>
            <source>--c-file must hold one value per line</source>
            <translation>--c-file 必须每行一个值</translation>
        </message>
        <message>
            <source>--c-count must be a whole number from 1 to 1e6</source>
            <translation>--c-count 必须是 1 到 1e6 之间的整数</translation>
        </message>
        <message>
            <source>--n-cut must be a whole number &gt;= 0</source>
            <translation>--n-cut 必须是 &gt;= 0 的整数</translation>
        </message>
    </context>
    <context>
        <name>MergeCommand</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 belongs to a different run (another study or tile count)</source>
            <translation>%1 属于另一次运行（不同的研究或分块数）</translation>
        </message>
        <message>
            <source>%1: tile %2 is given twice</source>
            <translation>%1：分块 %2 重复给出</translation>
        </message>
        <message>
            <source>tile %1 of %2 is missing</source>
            <translation>缺少第 %1 个分块（共 %2 个）</translation>
        </message>
        <message>
            <source>the study inside the tiles: %1</source>
            <translation>分块中的研究：%1</translation>
        </message>
        <message>
            <source>Merge the tile files of 'neurodyn-cli run STUDY --tile i/n' (all n of them, one study) and write the results into DIR exactly as 'neurodyn-cli run STUDY --out DIR' would.

Example: neurodyn-cli merge --out results tiles/tile-*-of-8.ndtile</source>
            <translation>合并 'neurodyn-cli run STUDY --tile i/n' 生成的分块文件（全部 n 个，同一研究），并按与 'neurodyn-cli run STUDY --out DIR' 完全相同的方式把结果写入 DIR。

示例：neurodyn-cli merge --out results tiles/tile-*-of-8.ndtile</translation>
        </message>
        <message>
            <source>Tile files.</source>
            <translation>分块文件。</translation>
        </message>
        <message>
            <source>Output folder (created if missing).</source>
            <translation>输出文件夹（不存在时创建）。</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>No progress bar.</source>
            <translation>不显示进度条。</translation>
        </message>
        <message>
            <source>Write data only: no figures.</source>
            <translation>只写数据：不绘制图形。</translation>
        </message>
        <message>
            <source>--out DIR is required</source>
            <translation>必须指定 --out DIR</translation>
        </message>
        <message>
            <source>no tile files given</source>
            <translation>未给出分块文件</translation>
        </message>
        <message>
            <source>Write into DIR even when it holds files that are not the output of an earlier run (they stay; files of the same name are replaced).</source>
            <translation>即使 DIR 中有并非先前运行输出的文件也写入（这些文件保留；同名文件被替换）。</translation>
        </message>
    </context>
    <context>
        <name>ModelFile</name>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>line %1: %2: %3</source>
            <translation>第 %1 行：%2：%3</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1 has %2 bytes, more than the %3 a model file may have</source>
            <translation>%1 有 %2 字节，超过了模型文件允许的 %3 字节</translation>
        </message>
    </context>
    <context>
        <name>ModelsCommand</name>
        <message>
            <source>flow (continuous time)</source>
            <translation>流（连续时间）</translation>
        </message>
        <message>
            <source>map</source>
            <translation>映射</translation>
        </message>
        <message>
            <source>%1, variables: %2</source>
            <translation>%1，变量：%2</translation>
        </message>
        <message>
            <source>Models (details: 'neurodyn-cli models NAME'):
</source>
            <translation>模型（详情：'neurodyn-cli models NAME'）：
</translation>
        </message>
        <message>
            <source>Variables (%1):</source>
            <translation>变量（%1 个）：</translation>
        </message>
        <message>
            <source>default initial state:</source>
            <translation>默认初始状态：</translation>
        </message>
        <message>
            <source>Parameters (set with --param NAME=VALUE):
</source>
            <translation>参数（用 --param NAME=VALUE 设置）：
</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>valid range</source>
            <translation>有效范围</translation>
        </message>
        <message>
            <source>typical range</source>
            <translation>典型范围</translation>
        </message>
        <message>
            <source>description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Structural settings: none</source>
            <translation>结构设置：无</translation>
        </message>
        <message>
            <source>Structural settings (set with --setting NAME=VALUE):
</source>
            <translation>结构设置（用 --setting NAME=VALUE 设置）：
</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>choices</source>
            <translation>可选项</translation>
        </message>
        <message>
            <source>(free)</source>
            <translation>（任意）</translation>
        </message>
        <message>
            <source>List the models (and network presets) with their display names; with NAME, the model's variables, parameters (default, valid and typical range, description) and structural settings (value, choices, description), as 'simulate' and study files use them.

Example: neurodyn-cli models ring-star --setting N=10</source>
            <translation>列出模型（及网络预设）及其显示名称；给出 NAME 时显示该模型的变量、参数（默认值、有效范围与典型范围、说明）和结构设置（取值、可选项、说明），与 'simulate' 和研究文件中的用法一致。

示例：neurodyn-cli models ring-star --setting N=10</translation>
        </message>
        <message>
            <source>Model type (optional).</source>
            <translation>模型类型（可选）。</translation>
        </message>
        <message>
            <source>With NAME: show the model built with this structural setting, NAME=VALUE (repeatable; the variables and parameters can depend on the settings).</source>
            <translation>给出 NAME 时：显示使用此结构设置 NAME=VALUE 构建的模型（可重复；变量和参数可能取决于设置）。</translation>
        </message>
        <message>
            <source>name=value</source>
            <translation>名称=值</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>意外的参数 '%1'</translation>
        </message>
        <message>
            <source>--setting needs a model NAME</source>
            <translation>--setting 需要模型名称 NAME</translation>
        </message>
        <message>
            <source>unknown model '%1' (known: %2)</source>
            <translation>未知模型 '%1'（已知：%2）</translation>
        </message>
        <message>
            <source>unknown model '%1' (did you mean %2?)</source>
            <translation>未知模型 '%1'（您是想输入 %2 吗？）</translation>
        </message>
        <message>
            <source>--setting expects NAME=VALUE, got '%1'</source>
            <translation>--setting 需要 NAME=VALUE，得到 '%1'</translation>
        </message>
        <message>
            <source>the %1 model has no setting '%2' (its settings: %3)</source>
            <translation>模型 %1 没有设置 '%2'（其设置：%3）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Show the model of this study file, with its settings and linked parameters (model.links) among the parameters.</source>
            <translation>显示此研究文件的模型，包括其设置，以及参数中的关联参数（model.links）。</translation>
        </message>
        <message>
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>--study shows the study's own model: give no NAME or --setting</source>
            <translation>--study 显示研究自身的模型：不要再给出 NAME 或 --setting</translation>
        </message>
        <message>
            <source>Show the typed model of this file (NeuroDyn's model language, or an XPPAUT .ode file), as 'simulate --model-file' runs it.</source>
            <translation>显示该文件中的自定义模型（NeuroDyn 模型语言或 XPPAUT .ode 文件），与 'simulate --model-file' 运行时相同。</translation>
        </message>
        <message>
            <source>--model-file shows the file's own model: give no NAME, --setting or --study</source>
            <translation>--model-file 显示文件自身的模型：请勿同时给出 NAME、--setting 或 --study</translation>
        </message>
    </context>
    <context>
        <name>MpiSession</name>
        <message>
            <source>MPI_Init failed</source>
            <translation>MPI_Init 失败</translation>
        </message>
        <message>
            <source>started by mpirun with %1 processes, but this neurodyn-cli was built without MPI (configure with -DNEURODYN_MPI=ON)</source>
            <translation>由 mpirun 以 %1 个进程启动，但此 neurodyn-cli 构建时未启用 MPI（请用 -DNEURODYN_MPI=ON 配置）</translation>
        </message>
    </context>
    <context>
        <name>NeuroMfaCommand</name>
        <message>
            <source>%1: not a tile of 'neurodyn-cli neuromfa --tile'</source>
            <translation>%1：不是 'neurodyn-cli neuromfa --tile' 的分块</translation>
        </message>
        <message>
            <source>%1: a tile of another series or other settings</source>
            <translation>%1：另一序列或其他设置的分块</translation>
        </message>
        <message>
            <source>%1: tile %2 of %3 is given twice or out of range</source>
            <translation>%1：第 %2 块（共 %3 块）重复给出或超出范围</translation>
        </message>
        <message>
            <source>tile %1 of %2 is missing</source>
            <translation>缺少第 %1 个分块（共 %2 个）</translation>
        </message>
        <message>
            <source>the tiles do not hold every checkpoint of their series</source>
            <translation>这些分块未包含其序列的全部检查点</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3</source>
            <translation>--%1 必须是 %2 到 %3 之间的整数</translation>
        </message>
        <message>
            <source>--weights names the matrices itself; leave out --preset (or give --preset none)</source>
            <translation>--weights 自行指定矩阵；请省略 --preset（或给出 --preset none）</translation>
        </message>
        <message>
            <source>--preset none needs --weights (the weight names in forward order)</source>
            <translation>--preset none 需要 --weights（按前向顺序的权重名称）</translation>
        </message>
        <message>
            <source>unknown method '%1' (known: %2)</source>
            <translation>未知方法 '%1'（已知：%2）</translation>
        </message>
        <message>
            <source>--max-distance must be a number above 1</source>
            <translation>--max-distance 必须是大于 1 的数</translation>
        </message>
        <message>
            <source>--q must be a comma-separated list of numbers</source>
            <translation>--q 必须是逗号分隔的数字列表</translation>
        </message>
        <message>
            <source>--out DIR is required (the folder for neuromfa.json, the CSV tables and the figures)</source>
            <translation>需要 --out DIR（存放 neuromfa.json、CSV 表和图的文件夹）</translation>
        </message>
        <message>
            <source>--tile expects i/n with 0 &lt;= i &lt; n, got '%1'</source>
            <translation>--tile 需要 i/n 且 0 &lt;= i &lt; n，实际为 '%1'</translation>
        </message>
        <message>
            <source>--merge and --tile exclude each other</source>
            <translation>--merge 与 --tile 互斥</translation>
        </message>
        <message>
            <source>no tile file given</source>
            <translation>未给出分块文件</translation>
        </message>
        <message>
            <source>no checkpoint given (weight files or folders of them)</source>
            <translation>未给出检查点（权重文件或包含它们的文件夹）</translation>
        </message>
        <message>
            <source>NeuroMFA over training: the neuron interaction networks of each checkpoint, their multifractal spectra and the degree of emergence E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t)).
CHECKPOINT: .safetensors, .npz (uncompressed) or .npy files, or folders of them; the training step is read from each file name (the digits after 'step', else the last digits: step1000.safetensors, model-step_2000.npz).</source>
            <translation>训练过程中的 NeuroMFA：每个检查点的神经元相互作用网络、其多重分形谱以及涌现度 E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t))。
CHECKPOINT：.safetensors、.npz（未压缩）或 .npy 文件，或包含它们的文件夹；训练步数从各文件名读取（'step' 之后的数字，否则为最后的数字：step1000.safetensors、model-step_2000.npz）。</translation>
        </message>
        <message>
            <source>Model layout: gpt-neox (Hugging Face GPT-NeoX / Pythia names) or none.</source>
            <translation>模型布局：gpt-neox（Hugging Face GPT-NeoX / Pythia 名称）或 none。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Instead of a preset: the weight matrices in forward order, comma-separated; {i} stands for the block number (blocks 0, 1, ... while the first name exists).</source>
            <translation>代替预设：按前向顺序、逗号分隔的权重矩阵；{i} 代表块编号（块 0、1、……，只要第一个名称存在）。</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>Neurons sampled per layer, s (default 32; the 2024 code used 64).</source>
            <translation>每层抽样的神经元数 s（默认 32；2024 年的代码用 64）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Subnetworks per checkpoint, seeds first-seed.. (default 10).</source>
            <translation>每个检查点的子网络数，种子从 first-seed 开始（默认 10）。</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Seed of the first subnetwork (default 0).</source>
            <translation>第一个子网络的种子（默认 0）。</translation>
        </message>
        <message>
            <source>Spectrum estimator: neuromfa-code (the official code, default), neuromfa-paths, sandbox or normalised-growth.</source>
            <translation>谱估计方法：neuromfa-code（官方代码，默认）、neuromfa-paths、sandbox 或 normalised-growth。</translation>
        </message>
        <message>
            <source>The q grid, comma-separated (default: the method's; NeuroMFA: -3 to 3 by 0.1).</source>
            <translation>q 网格，逗号分隔（默认：方法自身的；NeuroMFA：-3 到 3，步长 0.1）。</translation>
        </message>
        <message>
            <source>NeuroMFA: largest distance 1/|w| kept (default 150).</source>
            <translation>NeuroMFA：保留的最大距离 1/|w|（默认 150）。</translation>
        </message>
        <message>
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <source>NeuroMFA: a node is kept with more than this many edges (default 10).</source>
            <translation>NeuroMFA：节点的边数多于此值时保留（默认 10）。</translation>
        </message>
        <message>
            <source>NeuroMFA: decimals distances are rounded to (default 0).</source>
            <translation>NeuroMFA：距离四舍五入保留的小数位数（默认 0）。</translation>
        </message>
        <message>
            <source>NeuroMFA: drop subnetworks as the official code's filter_mode 0-3 (default 0: none).</source>
            <translation>NeuroMFA：按官方代码的 filter_mode 0-3 丢弃子网络（默认 0：不丢弃）。</translation>
        </message>
        <message>
            <source>Benchmark scores for E against accuracy: CSV with the step first, one column per benchmark.</source>
            <translation>用于 E 与准确率对照的基准分数：CSV，第一列为步数，每个基准一列。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Output folder (required).</source>
            <translation>输出文件夹（必需）。</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Compute only tile i of n (0-based) of the checkpoints, into DIR/neuromfa-tile-i-of-n.json, for a later --merge; under mpirun each rank is a tile and rank 0 merges.</source>
            <translation>只计算检查点的第 i 块（共 n 块，从 0 开始），写入 DIR/neuromfa-tile-i-of-n.json，供之后 --merge；在 mpirun 下每个进程是一块，由进程 0 合并。</translation>
        </message>
        <message>
            <source>i/n</source>
            <translation>i/n</translation>
        </message>
        <message>
            <source>The arguments are the tile files of --tile (all n): write the results of the whole series from them.</source>
            <translation>参数为 --tile 的分块文件（全部 n 个）：据此写出整个序列的结果。</translation>
        </message>
        <message>
            <source>Worker threads (default: all cores).</source>
            <translation>工作线程数（默认：所有核心）。</translation>
        </message>
        <message>
            <source>Write into a folder that holds other files.</source>
            <translation>写入包含其他文件的文件夹。</translation>
        </message>
        <message>
            <source>Write the data only.</source>
            <translation>只写数据。</translation>
        </message>
        <message>
            <source>No progress bar.</source>
            <translation>不显示进度条。</translation>
        </message>
        <message>
            <source>Weight files or folders of them.</source>
            <translation>权重文件或包含它们的文件夹。</translation>
        </message>
        <message>
            <source>cannot read the tile %1</source>
            <translation>无法读取分块 %1</translation>
        </message>
        <message>
            <source>--tile cannot be combined with mpirun (each rank already is a tile)</source>
            <translation>--tile 不能与 mpirun 同用（每个进程已是一个分块）</translation>
        </message>
        <message>
            <source>NeuroMFA: %1 checkpoints x %2 subnetworks</source>
            <translation>NeuroMFA：%1 个检查点 x %2 个子网络</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>a rank failed</source>
            <translation>某个进程失败</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>无法创建输出文件夹 %1</translation>
        </message>
        <message>
            <source>this build draws no figures (data only)</source>
            <translation>此构建不绘图（仅数据）</translation>
        </message>
        <message>
            <source>wrote %1 files to %2</source>
            <translation>已将 %1 个文件写入 %2</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>空</translation>
        </message>
        <message>
            <source>%1: the tile's field '%2' must be a whole number from %3 to %4 (got %5)</source>
            <translation>%1：分块的字段 '%2' 必须是 %3 到 %4 之间的整数（实际为 %5）</translation>
        </message>
        <message>
            <source>%1: the tile's field 'step' must be a finite number</source>
            <translation>%1：分块的字段 'step' 必须是有限数</translation>
        </message>
    </context>
    <context>
        <name>NeuroMfaCompute</name>
        <message>
            <source>no checkpoint given (weight files or folders of them)</source>
            <translation>未给出检查点（权重文件或包含它们的文件夹）</translation>
        </message>
        <message>
            <source>cannot read the scores file %1</source>
            <translation>无法读取分数文件 %1</translation>
        </message>
    </context>
    <context>
        <name>OrbitDiagramTask</name>
        <message>
            <source>%1 wrapped to (−π, π]</source>
            <translation>%1 折回到 (−π, π]</translation>
        </message>
    </context>
    <context>
        <name>OrbitResult</name>
        <message>
            <source>an orbit-diagram tile does not match the study</source>
            <translation>某个轨道图分块与研究不匹配</translation>
        </message>
        <message>
            <source>orbit-diagram column %1 appears in two tiles</source>
            <translation>轨道图第 %1 列出现在两个分块中</translation>
        </message>
        <message>
            <source>orbit-diagram tile data for column %1 is damaged</source>
            <translation>轨道图第 %1 列的分块数据已损坏</translation>
        </message>
        <message>
            <source>orbit-diagram tile data for column %1 is truncated</source>
            <translation>轨道图第 %1 列的分块数据被截断</translation>
        </message>
        <message>
            <source>orbit-diagram column %1 is in no tile</source>
            <translation>轨道图第 %1 列不在任何分块中</translation>
        </message>
        <message>
            <source>orbit diagram</source>
            <translation>轨道图</translation>
        </message>
    </context>
    <context>
        <name>OutputFolder</name>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>无法创建输出文件夹 %1</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>cannot remove %1 of the earlier run</source>
            <translation>无法删除先前运行的 %1</translation>
        </message>
        <message>
            <source>cannot remove %1: %2</source>
            <translation>无法删除 %1：%2</translation>
        </message>
        <message>
            <source>the output folder %1 is not empty and holds no earlier neurodyn-cli output (no %2): choose an empty folder, or add --force to write beside its files</source>
            <translation>输出文件夹 %1 非空，且不含先前的 neurodyn-cli 输出（没有 %2）：请选择空文件夹，或加上 --force 在其文件旁写入</translation>
        </message>
        <message>
            <source>cannot write the manifest: %1</source>
            <translation>无法写入清单：%1</translation>
        </message>
    </context>
    <context>
        <name>PlotExport</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>the figure size must be positive and the resolution between 10 and 2400 dpi</source>
            <translation>图形尺寸必须为正，分辨率必须在 10 到 2400 dpi 之间</translation>
        </message>
        <message>
            <source>this plot has no data to export as CSV</source>
            <translation>此图没有可导出为 CSV 的数据</translation>
        </message>
        <message>
            <source>a %1 x %2 pixel image is too large</source>
            <translation>%1 x %2 像素的图像太大</translation>
        </message>
        <message>
            <source>encoding the PNG image failed</source>
            <translation>PNG 图像编码失败</translation>
        </message>
        <message>
            <source>unknown figure format '%1' (use .png, .svg or .pdf)</source>
            <translation>未知图形格式 '%1'（请用 .png、.svg 或 .pdf）</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceFigures</name>
        <message>
            <source>given</source>
            <translation>给定</translation>
        </message>
        <message>
            <source>Recurrence plot: m = %1 (%2), tau = %3 (%4), eps = %5; RR = %6, DET = %7</source>
            <translation>递归图：m = %1（%2），tau = %3（%4），eps = %5；RR = %6，DET = %7</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>未定义</translation>
        </message>
        <message>
            <source>Windowed RQA: windows of %1 samples every %2, m = %3, tau = %4</source>
            <translation>分窗 RQA：每 %2 个样本取 %1 个样本的窗口，m = %3，tau = %4</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceJson</name>
        <message>
            <source>windowed run: DET per window is in "windows"</source>
            <translation>分窗运行：每个窗口的 DET 见 "windows"</translation>
        </message>
        <message>
            <source>no delay was chosen</source>
            <translation>未选出延迟</translation>
        </message>
    </context>
    <context>
        <name>RunCommand</name>
        <message>
            <source>--tile cannot be combined with mpirun (each rank already is a tile)</source>
            <translation>--tile 不能与 mpirun 同用（每个进程已是一个分块）</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>无法创建输出文件夹 %1</translation>
        </message>
        <message>
            <source>Study file (see 'neurodyn-cli example').</source>
            <translation>研究文件（见 'neurodyn-cli example'）。</translation>
        </message>
        <message>
            <source>Output folder (created if missing).</source>
            <translation>输出文件夹（不存在时创建）。</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Compute only tile i of n (0-based) for a later merge.</source>
            <translation>只计算 n 个分块中的第 i 个（从 0 开始），以便之后合并。</translation>
        </message>
        <message>
            <source>i/n</source>
            <translation>i/n</translation>
        </message>
        <message>
            <source>Worker threads per process (default: all cores, or NEURODYN_THREADS).</source>
            <translation>每个进程的工作线程数（默认全部核心，或 NEURODYN_THREADS）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>No progress bar.</source>
            <translation>不显示进度条。</translation>
        </message>
        <message>
            <source>Write data only: no figures.</source>
            <translation>只写数据：不绘制图形。</translation>
        </message>
        <message>
            <source>expected exactly one STUDY file</source>
            <translation>需要恰好一个 STUDY 文件</translation>
        </message>
        <message>
            <source>--out DIR is required</source>
            <translation>必须指定 --out DIR</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads 必须是 0 到 4096 之间的整数</translation>
        </message>
        <message>
            <source>--tile expects i/n with 0 &lt;= i &lt; n, got '%1'</source>
            <translation>--tile 需要 i/n 且 0 &lt;= i &lt; n，实际为 '%1'</translation>
        </message>
        <message>
            <source>Write into DIR even when it holds files that are not the output of an earlier run (they stay; files of the same name are replaced).</source>
            <translation>即使 DIR 中有并非先前运行输出的文件也写入（这些文件保留；同名文件被替换）。</translation>
        </message>
        <message>
            <source>Run every analysis a study file describes and write each result into DIR as CSV plus a JSON twin with the settings, conventions, the numbers a referee asks for and the app version: trajectory always, and one result per section of the study's analyses, named as the section: orbit_diagram, parameter_scan, fixed_points, lyapunov, zero_one, sample_entropy, synchrony, mfdfa, network_spectrum, continuation, basins, attractors, akorn, mse, permutation_entropy, apen, rqa, embedding, neuromfa. Builds with figures (NEURODYN_CLI_FIGURES) also draw every result as .png/.svg/.pdf with the GUI's plot views (a composite view one file set per sub-plot, &lt;name&gt;-&lt;part&gt;); --no-figures writes data only.

Scale-out: under 'mpirun -np P' the orbit diagram (fixed initial-state policy) and the scan are split into P column tiles and the basins into P row tiles, one per rank, and rank 0 computes the other analyses and writes results identical to a single-process run. With --tile i/n (i = 0 .. n-1) only that tile is computed, into DIR/tile-i-of-n.ndtile; 'neurodyn-cli merge --out DIR TILES...' then writes the results (e.g. a Slurm job array with i = $SLURM_ARRAY_TASK_ID).</source>
            <translation>运行研究文件描述的每项分析，并将每个结果以 CSV 加 JSON 副本写入 DIR，副本包含设置、约定、审稿人会问到的数值以及应用版本：始终写出轨迹，并为研究的 analyses 中每个部分写出一个以该部分命名的结果：orbit_diagram、parameter_scan、fixed_points、lyapunov、zero_one、sample_entropy、synchrony、mfdfa、network_spectrum、continuation、basins、attractors、akorn、mse、permutation_entropy、apen、rqa、embedding、neuromfa。带图形的构建（NEURODYN_CLI_FIGURES）还会用 GUI 的绘图视图将每个结果绘制为 .png/.svg/.pdf（组合视图每个子图一组文件，&lt;name&gt;-&lt;part&gt;）；--no-figures 只写数据。

扩展：在 'mpirun -np P' 下，轨道图（固定初始状态策略）和扫描被分成 P 个列分块，吸引域被分成 P 个行分块，每个进程一个，进程 0 计算其余分析并写出与单进程运行相同的结果。使用 --tile i/n（i = 0 .. n-1）时只计算该分块，写入 DIR/tile-i-of-n.ndtile；随后 'neurodyn-cli merge --out DIR TILES...' 写出结果（例如 i = $SLURM_ARRAY_TASK_ID 的 Slurm 作业数组）。</translation>
        </message>
    </context>
    <context>
        <name>RunPlan</name>
        <message>
            <source>a tile file is truncated or damaged</source>
            <translation>某个分块文件被截断或已损坏</translation>
        </message>
        <message>
            <source>a tile holds no %1 part</source>
            <translation>某个分块不含 %1 部分</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>orbit diagram, tile %1/%2</source>
            <translation>轨道图，分块 %1/%2</translation>
        </message>
        <message>
            <source>parameter scan, tile %1/%2</source>
            <translation>参数扫描，分块 %1/%2</translation>
        </message>
        <message>
            <source>not a neurodyn-cli tile file</source>
            <translation>不是 neurodyn-cli 分块文件</translation>
        </message>
        <message>
            <source>tile file version %1 is not supported (expected %2)</source>
            <translation>不支持分块文件版本 %1（应为 %2）</translation>
        </message>
        <message>
            <source>tile index %1 of %2 is out of range</source>
            <translation>分块索引 %1（共 %2）超出范围</translation>
        </message>
        <message>
            <source>trajectory</source>
            <translation>轨迹</translation>
        </message>
        <message>
            <source>basins, tile %1/%2</source>
            <translation>吸引域，分块 %1/%2</translation>
        </message>
        <message>
            <source>attractors, tile %1/%2</source>
            <translation>吸引子，分块 %1/%2</translation>
        </message>
    </context>
    <context>
        <name>ScanResult</name>
        <message>
            <source>a parameter-scan tile does not match the study</source>
            <translation>某个参数扫描分块与研究不匹配</translation>
        </message>
        <message>
            <source>parameter-scan column %1 appears in two tiles</source>
            <translation>参数扫描第 %1 列出现在两个分块中</translation>
        </message>
        <message>
            <source>parameter-scan tile data for column %1 is damaged</source>
            <translation>参数扫描第 %1 列的分块数据已损坏</translation>
        </message>
        <message>
            <source>parameter-scan tile data for column %1 is truncated</source>
            <translation>参数扫描第 %1 列的分块数据被截断</translation>
        </message>
        <message>
            <source>parameter-scan column %1 is in no tile</source>
            <translation>参数扫描第 %1 列不在任何分块中</translation>
        </message>
        <message>
            <source>parameter scan</source>
            <translation>参数扫描</translation>
        </message>
    </context>
    <context>
        <name>SeriesInput</name>
        <message>
            <source>cannot read standard input</source>
            <translation>无法读取标准输入</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>标准输入</translation>
        </message>
        <message>
            <source>%1, line %2: %3 fields, expected %4</source>
            <translation>%1，第 %2 行：有 %3 个字段，应为 %4 个</translation>
        </message>
        <message>
            <source>%1, line %2, field %3: '%4' is not a finite number</source>
            <translation>%1，第 %2 行，第 %3 字段：'%4' 不是有限数</translation>
        </message>
        <message>
            <source>%1 holds no numeric rows</source>
            <translation>%1 不含数值行</translation>
        </message>
        <message>
            <source>no column '%1' (the input has %2 columns: %3)</source>
            <translation>没有列 '%1'（输入共有 %2 列：%3）</translation>
        </message>
        <message>
            <source>%1, line %2, field %3 is empty (empty fields are not skipped: they would shift the columns after them)</source>
            <translation>%1，第 %2 行，第 %3 字段为空（空字段不会被跳过：否则其后的列会错位）</translation>
        </message>
        <message>
            <source>%1, line %2, field %3: '%4' is a name on a line of numbers (a header line names every column; a data line holds only numbers)</source>
            <translation>%1，第 %2 行，第 %3 字段：'%4' 是数字行中的名称（表头行为每一列命名；数据行只含数字）</translation>
        </message>
        <message>
            <source>%1, line %2: more than %3 rows</source>
            <translation>%1，第 %2 行：超过 %3 行</translation>
        </message>
        <message>
            <source>%1 is larger than %2 bytes</source>
            <translation>%1 大于 %2 字节</translation>
        </message>
        <message>
            <source>--gaps is refuse, drop or interpolate, not '%1'</source>
            <translation>--gaps 取 refuse、drop 或 interpolate，而不是 '%1'</translation>
        </message>
        <message>
            <source>column '%1' holds labels, not numbers ('%2' on line %3)</source>
            <translation>列 '%1' 包含标签而不是数字（第 %3 行的 '%2'）</translation>
        </message>
        <message>
            <source>column '%1' has gaps: %2, the first on line %3 (empty fields or missing-value marks such as NaN or NA)</source>
            <translation>列 '%1' 有缺口：%2 个，第一个在第 %3 行（空字段或 NaN、NA 等缺失值标记）</translation>
        </message>
        <message>
            <source>; choose --gaps drop (the series joins across them) or --gaps interpolate</source>
            <translation>；请选择 --gaps drop（序列跨过缺口相接）或 --gaps interpolate</translation>
        </message>
        <message>
            <source>; no row is left without one</source>
            <translation>；没有剩下不含缺口的行</translation>
        </message>
    </context>
    <context>
        <name>SignificanceControls</name>
        <message>
            <source>Surrogates</source>
            <translation>替代数据</translation>
        </message>
        <message>
            <source>Also test the measure's value against surrogates of the series: the null histogram with the observed value and the p-value (docs/significance.md)</source>
            <translation>同时用序列的替代数据检验该度量的值：给出带观测值和 p 值的零分布直方图（docs/significance.md）</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>shuffle keeps the values; ft the spectrum; aaft and iaaft both (iaaft the spectrum more closely): each tests the structure it destroys</source>
            <translation>shuffle 保留数值；ft 保留频谱；aaft 和 iaaft 两者都保留（iaaft 的频谱更接近）：每种都检验它所破坏的结构</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <source>Number of surrogates (199 allows p down to 0.005 on one tail)</source>
            <translation>替代数据的数量（199 个时单侧 p 最小可到 0.005）</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>种子：</translation>
        </message>
        <message>
            <source>Seed of the surrogates (the same seed, the same set)</source>
            <translation>替代数据的种子（相同种子给出相同的一组）</translation>
        </message>
        <message>
            <source>Tail:</source>
            <translation>尾侧：</translation>
        </message>
        <message>
            <source>greater: is the value unusually large; less: unusually small; two-sided: either (choose before looking)</source>
            <translation>greater：值是否异常大；less：是否异常小；two-sided：两者皆可（在查看结果前选定）</translation>
        </message>
        <message>
            <source>Scalar:</source>
            <translation>标量：</translation>
        </message>
        <message>
            <source>Which value of the measure is tested</source>
            <translation>检验度量的哪个值</translation>
        </message>
    </context>
    <context>
        <name>SimulateCommand</name>
        <message>
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Set a parameter, NAME=VALUE (repeatable).</source>
            <translation>设置参数，NAME=VALUE（可重复）。</translation>
        </message>
        <message>
            <source>name=value</source>
            <translation>名称=值</translation>
        </message>
        <message>
            <source>values</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Write to this file instead of standard output.</source>
            <translation>写入此文件而非标准输出。</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>意外的参数 '%1'</translation>
        </message>
        <message>
            <source>--escape-bound must be a positive number</source>
            <translation>--escape-bound 必须是正数</translation>
        </message>
        <message>
            <source>Model type (default chialvo; see 'neurodyn-cli models').</source>
            <translation>模型类型（默认 chialvo；参见 'neurodyn-cli models'）。</translation>
        </message>
        <message>
            <source>Take the model and the simulation settings from a study file.</source>
            <translation>从研究文件读取模型和模拟设置。</translation>
        </message>
        <message>
            <source>Set a structural setting of the model, NAME=VALUE (repeatable), e.g. N=10.</source>
            <translation>设置模型的一项结构设置 NAME=VALUE（可重复），例如 N=10。</translation>
        </message>
        <message>
            <source>Initial state, comma-separated (default: the study's or the model's).</source>
            <translation>初始状态，以逗号分隔（默认：研究文件或模型的初始状态）。</translation>
        </message>
        <message>
            <source>Random initial state drawn from SEED, uniform in the --box range, as the GUI's initial-state editor draws it (the same seed gives the same state).</source>
            <translation>由种子 SEED 抽取的随机初始状态，在 --box 范围内均匀分布，抽取方式与图形界面的初始状态编辑器相同（相同种子得到相同状态）。</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Range of the random initial values, FROM,TO (default 0,1; Kuramoto 0,2pi).</source>
            <translation>随机初始值的范围 FROM,TO（默认 0,1；Kuramoto 为 0,2pi）。</translation>
        </message>
        <message>
            <source>from,to</source>
            <translation>起,止</translation>
        </message>
        <message>
            <source>Steps discarded before the first row (default: the study's, otherwise 0).</source>
            <translation>第一行之前丢弃的步数（默认：研究文件中的值，否则为 0）。</translation>
        </message>
        <message>
            <source>Steps between recorded rows (default: the study's, otherwise 1).</source>
            <translation>相邻记录行之间的步数（默认：研究文件中的值，否则为 1）。</translation>
        </message>
        <message>
            <source>|state| beyond this counts as escape (default: the study's, otherwise 1e8).</source>
            <translation>|状态| 超过此值即视为逃逸（默认：研究文件中的值，否则为 1e8）。</translation>
        </message>
        <message>
            <source>Flows: time of one step (default: the study's, otherwise 0.01).</source>
            <translation>流：一步的时间（默认：研究文件中的值，否则为 0.01）。</translation>
        </message>
        <message>
            <source>Flows: rk4 (classical Runge-Kutta with step dt) or dormand_prince (adaptive, sampled every dt); default: the study's, otherwise rk4.</source>
            <translation>流：rk4（步长为 dt 的经典 Runge-Kutta）或 dormand_prince（自适应，每隔 dt 采样）；默认：研究文件中的设置，否则为 rk4。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>%1 expects NAME=VALUE, got '%2'</source>
            <translation>%1 需要 NAME=VALUE，得到 '%2'</translation>
        </message>
        <message>
            <source>--model and --study cannot be combined (the study names its model)</source>
            <translation>--model 与 --study 不能同时使用（研究文件已指定模型）</translation>
        </message>
        <message>
            <source>the %1 model has no structural settings ('neurodyn-cli models %1')</source>
            <translation>模型 %1 没有结构设置（'neurodyn-cli models %1'）</translation>
        </message>
        <message>
            <source>the %1 model has no setting '%2' (its settings: %3)</source>
            <translation>模型 %1 没有设置 '%2'（其设置：%3）</translation>
        </message>
        <message>
            <source>the %1 model has no parameter '%2' (its parameters: %3)</source>
            <translation>模型 %1 没有参数 '%2'（其参数：%3）</translation>
        </message>
        <message>
            <source>--param %1: '%2' is not a number</source>
            <translation>--param %1：'%2' 不是数字</translation>
        </message>
        <message>
            <source>--box needs --random-initial</source>
            <translation>--box 需要配合 --random-initial</translation>
        </message>
        <message>
            <source>--random-initial expects a seed from 0 to 2147483647</source>
            <translation>--random-initial 需要 0 到 2147483647 之间的种子</translation>
        </message>
        <message>
            <source>--box expects FROM,TO, got '%1'</source>
            <translation>--box 需要 FROM,TO，得到 '%1'</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to 1e9</source>
            <translation>--%1 必须是 %2 到 1e9 之间的整数</translation>
        </message>
        <message>
            <source>--dt and --method apply to flows only; %1 is a map</source>
            <translation>--dt 和 --method 只适用于流；%1 是映射</translation>
        </message>
        <message>
            <source>--dt must be a number above 0 and at most 100</source>
            <translation>--dt 必须是大于 0 且不超过 100 的数</translation>
        </message>
        <message>
            <source>--method must be rk4 or dormand_prince, got '%1'</source>
            <translation>--method 必须是 rk4 或 dormand_prince，得到 '%1'</translation>
        </message>
        <message>
            <source>cannot write the trajectory: %1</source>
            <translation>无法写入轨迹：%1</translation>
        </message>
        <message>
            <source>neurodyn-cli simulate: warning: the orbit escaped at step %1 (%2); %3 rows written</source>
            <translation>neurodyn-cli simulate：警告：轨道在第 %1 步逃逸（%2）；已写出 %3 行</translation>
        </message>
        <message>
            <source>Simulate a model and print its trajectory as CSV: a header line, then one row per recorded step with the step index, for flows (Kuramoto) the time, and every state variable. Maps are iterated; flows are integrated with the study's integrator (or --dt and --method), exactly as 'neurodyn-cli run' writes trajectory.csv.

With --study the model, its settings, parameters, initial state, transient, samples, stride, escape bound and integrator come from the study file; the options below override them.
Models, their parameters (default, valid and typical range), settings and variables: 'neurodyn-cli models [NAME]'.

Example: neurodyn-cli simulate --model chialvo --param b=0.18 --initial-state 0.5,2 --samples 1000</source>
            <translation>模拟一个模型并以 CSV 输出其轨迹：一行表头，之后每个记录步一行，包含步序号、流（Kuramoto）的时间以及每个状态变量。映射按迭代计算；流使用研究文件的积分器（或 --dt 与 --method）积分，与 'neurodyn-cli run' 写出 trajectory.csv 的方式完全相同。

使用 --study 时，模型及其设置、参数、初始状态、暂态、样本数、步幅、逃逸界限和积分器都取自研究文件；下面的选项可以覆盖它们。
模型及其参数（默认值、有效范围与典型范围）、设置和变量：'neurodyn-cli models [NAME]'。

示例：neurodyn-cli simulate --model chialvo --param b=0.18 --initial-state 0.5,2 --samples 1000</translation>
        </message>
        <message>
            <source>--initial-state and --random-initial cannot be combined</source>
            <translation>--initial-state 与 --random-initial 不能同时使用</translation>
        </message>
        <message>
            <source>--initial-state expects comma-separated numbers, got '%1'</source>
            <translation>--initial-state 需要逗号分隔的数字，实际为 '%1'</translation>
        </message>
        <message>
            <source>--initial-state needs %1 values (the state variables %2), got %3</source>
            <translation>--initial-state 需要 %1 个值（状态变量 %2），得到 %3 个</translation>
        </message>
        <message>
            <source>Number of recorded rows (default: the study's simulation.samples, otherwise 1000).</source>
            <translation>记录的行数（默认：研究文件的 simulation.samples，否则为 1000）。</translation>
        </message>
        <message>
            <source>--param %1: %1 is set by the linked parameter %2; set %2 instead</source>
            <translation>--param %1：%1 由关联参数 %2 设置；请改为设置 %2</translation>
        </message>
        <message>
            <source>A typed model (--model equations, implied): a text in NeuroDyn's model language, or an XPPAUT .ode file imported on the fly (its untranslated lines are noted on stderr).</source>
            <translation>自定义模型（隐含 --model equations）：NeuroDyn 模型语言的文本，或即时导入的 XPPAUT .ode 文件（未翻译的行会在 stderr 上注明）。</translation>
        </message>
        <message>
            <source>--model-file and --study cannot be combined (the study holds its model)</source>
            <translation>--model-file 与 --study 不能同时使用（研究文件中已包含其模型）</translation>
        </message>
        <message>
            <source>--model-file holds a typed model: --model must be equations (or left out)</source>
            <translation>--model-file 包含自定义模型：--model 必须为 equations（或省略）</translation>
        </message>
        <message>
            <source>--model equations needs --model-file FILE (the model's equations)</source>
            <translation>--model equations 需要 --model-file FILE（模型的方程）</translation>
        </message>
    </context>
    <context>
        <name>StudyFile</name>
        <message>
            <source>%1 must be below %2</source>
            <translation>%1 必须小于 %2</translation>
        </message>
        <message>
            <source>%1 must be empty (the study's initial state) or hold %2 numbers</source>
            <translation>%1 必须为空（使用研究的初始状态）或包含 %2 个数</translation>
        </message>
        <message>
            <source>%1 must be 1 unless the start is a cycle</source>
            <translation>除非起点是周期轨道，否则 %1 必须为 1</translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>缺少 %1</translation>
        </message>
        <message>
            <source>%1 must differ from the continuation parameter</source>
            <translation>%1 必须不同于延拓参数</translation>
        </message>
        <message>
            <source>%1 may hold LP, PD and NS only, not '%2'</source>
            <translation>%1 只能包含 LP、PD 和 NS，不能是 '%2'</translation>
        </message>
        <message>
            <source>%1: continuation needs a map model</source>
            <translation>%1：延拓需要映射模型</translation>
        </message>
        <message>
            <source>%1 must be +1 or -1</source>
            <translation>%1 必须为 +1 或 -1</translation>
        </message>
        <message>
            <source>%1 must lie in the parameter's valid range [%2, %3]</source>
            <translation>%1 必须位于参数的有效范围 [%2, %3] 内</translation>
        </message>
        <message>
            <source>%1: min_step &lt;= initial_step &lt;= max_step must hold</source>
            <translation>%1：必须满足 min_step &lt;= initial_step &lt;= max_step</translation>
        </message>
        <message>
            <source>%1: from must be below to</source>
            <translation>%1：from 必须小于 to</translation>
        </message>
        <message>
            <source>%1: the box of the critical set must have a width along variable %2</source>
            <translation>%1：临界集的区域沿变量 %2 必须有宽度</translation>
        </message>
        <message>
            <source>%1: basins need a model with at least two state variables</source>
            <translation>%1：吸引域需要至少有两个状态变量的模型</translation>
        </message>
        <message>
            <source>%1: x and y must use different state variables</source>
            <translation>%1：x 和 y 必须使用不同的状态变量</translation>
        </message>
        <message>
            <source>%1: window must be at least twice max_period</source>
            <translation>%1：window 必须至少为 max_period 的两倍</translation>
        </message>
        <message>
            <source>%1 must be a finite number</source>
            <translation>%1 必须是有限数</translation>
        </message>
        <message>
            <source>%1 must be a number from %2 to %3</source>
            <translation>%1 必须是 %2 到 %3 之间的数</translation>
        </message>
        <message>
            <source>%1 must be a positive number up to %2</source>
            <translation>%1 必须是不超过 %2 的正数</translation>
        </message>
        <message>
            <source>%1 must be a whole number between %2 and %3</source>
            <translation>%1 必须是 %2 到 %3 之间的整数</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 必须为 true 或 false</translation>
        </message>
        <message>
            <source>%1 must be an array of at most %2 finite numbers</source>
            <translation>%1 必须是最多含 %2 个有限数的数组</translation>
        </message>
        <message>
            <source>%1 must be an array of at most %2 whole numbers between %3 and %4</source>
            <translation>%1 必须是最多含 %2 个介于 %3 和 %4 之间的整数的数组</translation>
        </message>
        <message>
            <source>%1 must be an array of at most %2 strings</source>
            <translation>%1 必须是最多含 %2 个字符串的数组</translation>
        </message>
        <message>
            <source>%1: the model has no variable '%2' (it has %3)</source>
            <translation>%1：模型没有变量 '%2'（它有 %3）</translation>
        </message>
        <message>
            <source>%1: '%2' is not a per-node variable of this model (one with a copy on each of at least two nodes, as x for x0, x1, ...; the model has %3)</source>
            <translation>%1：'%2' 不是该模型的逐节点变量（即在至少两个节点上各有一个副本的变量，例如 x 对应 x0、x1、...；模型有 %3）</translation>
        </message>
        <message>
            <source>%1: the model has no parameter '%2'</source>
            <translation>%1：模型没有参数 '%2'</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 必须是一个对象</translation>
        </message>
        <message>
            <source>%1: unknown field '%2'</source>
            <translation>%1：未知字段 '%2'</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not '%3'</source>
            <translation>%1 必须是 %2 之一，而不是 '%3'</translation>
        </message>
        <message>
            <source>%1 is missing: a network mean needs the per-node variable to average</source>
            <translation>缺少 %1：网络平均需要指定要平均的逐节点变量</translation>
        </message>
        <message>
            <source>%1: from must not exceed to, nor value_min value_max</source>
            <translation>%1：from 不得大于 to，value_min 不得大于 value_max</translation>
        </message>
        <message>
            <source>%1 would need about %2 MiB, more than the limit of %3 MiB: fewer columns, samples or initial states</source>
            <translation>%1 约需 %2 MiB，超过 %3 MiB 的上限：请减少列数、采样数或初始状态数</translation>
        </message>
        <message>
            <source>%1: from and to must differ when count &gt; 1</source>
            <translation>%1：count &gt; 1 时 from 和 to 必须不同</translation>
        </message>
        <message>
            <source>%1: x and y must scan different parameters</source>
            <translation>%1：x 和 y 必须扫描不同的参数</translation>
        </message>
        <message>
            <source>%1: more than 4000000 cells</source>
            <translation>%1：超过 4000000 个单元</translation>
        </message>
        <message>
            <source>%1: window must be 0 or at least twice max_period</source>
            <translation>%1：window 必须为 0 或至少为 max_period 的两倍</translation>
        </message>
        <message>
            <source>%1 is missing: %2 needs the per-node variable</source>
            <translation>缺少 %1：%2 需要逐节点变量</translation>
        </message>
        <message>
            <source>%1: c_min and c_max must satisfy 0 &lt; c_min &lt; c_max &lt; 2 pi</source>
            <translation>%1：c_min 和 c_max 必须满足 0 &lt; c_min &lt; c_max &lt; 2 pi</translation>
        </message>
        <message>
            <source>%1: every c must lie in (0, 2 pi)</source>
            <translation>%1：每个 c 都必须位于 (0, 2 pi) 内</translation>
        </message>
        <message>
            <source>%1 must be 0 (N / 10) or at least 3</source>
            <translation>%1 必须为 0（N / 10）或至少为 3</translation>
        </message>
        <message>
            <source>%1 is missing, and the model has no per-node variable to default to (%2)</source>
            <translation>缺少 %1，且模型没有可作为默认值的逐节点变量（%2）</translation>
        </message>
        <message>
            <source>%1 must be another per-node variable with as many nodes as %2</source>
            <translation>%1 必须是另一个节点数与 %2 相同的逐节点变量</translation>
        </message>
        <message>
            <source>%1 must be empty or hold at least two strictly increasing scales</source>
            <translation>%1 必须为空，或包含至少两个严格递增的尺度</translation>
        </message>
        <message>
            <source>%1: every scale must be at least order + 2</source>
            <translation>%1：每个尺度都必须至少为 order + 2</translation>
        </message>
        <message>
            <source>%1 must be at least order + 2</source>
            <translation>%1 必须至少为 order + 2</translation>
        </message>
        <message>
            <source>%1: the model is not a network of nodes</source>
            <translation>%1：该模型不是由节点组成的网络</translation>
        </message>
        <message>
            <source>%1 must be empty or hold at least two positive, strictly increasing radii</source>
            <translation>%1 必须为空，或包含至少两个正的、严格递增的半径</translation>
        </message>
        <message>
            <source>simulation.escape_bound must be a positive number</source>
            <translation>simulation.escape_bound 必须是正数</translation>
        </message>
        <message>
            <source>not valid JSON at offset %1: %2</source>
            <translation>偏移 %1 处 JSON 无效：%2</translation>
        </message>
        <message>
            <source>the top level must be a JSON object</source>
            <translation>顶层必须是 JSON 对象</translation>
        </message>
        <message>
            <source>format must be "%1"; this is not a NeuroDyn study</source>
            <translation>format 必须为 "%1"；这不是 NeuroDyn 研究</translation>
        </message>
        <message>
            <source>schema_version must be a positive whole number</source>
            <translation>schema_version 必须是正整数</translation>
        </message>
        <message>
            <source>schema_version %1 is newer than this NeuroDyn understands (%2): update NeuroDyn</source>
            <translation>schema_version %1 比本版 NeuroDyn 所支持的（%2）更新：请更新 NeuroDyn</translation>
        </message>
        <message>
            <source>model.type is missing</source>
            <translation>缺少 model.type</translation>
        </message>
        <message>
            <source>model.settings must be an object</source>
            <translation>model.settings 必须是一个对象</translation>
        </message>
        <message>
            <source>model.settings.%1 must be a string</source>
            <translation>model.settings.%1 必须是字符串</translation>
        </message>
        <message>
            <source>model.parameters must be an object</source>
            <translation>model.parameters 必须是一个对象</translation>
        </message>
        <message>
            <source>model.parameters.%1 must be a number</source>
            <translation>model.parameters.%1 必须是数字</translation>
        </message>
        <message>
            <source>initial_state must be an array of %1 numbers</source>
            <translation>initial_state 必须是含 %1 个数字的数组</translation>
        </message>
        <message>
            <source>initial_state must hold numbers only</source>
            <translation>initial_state 只能包含数字</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; a study file is small</source>
            <translation>%1 大于 %2 MB；研究文件应当很小</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>saving %1 failed: %2</source>
            <translation>保存 %1 失败：%2</translation>
        </message>
        <message>
            <source>%1.variable must be a whole number between %2 and %3</source>
            <translation>%1.variable 必须是 %2 到 %3 之间的整数</translation>
        </message>
        <message>
            <source>%1 and %2 must both be empty or both hold %3 numbers, one per state variable</source>
            <translation>%1 和 %2 必须同时为空，或同时包含 %3 个数（每个状态变量一个）</translation>
        </message>
        <message>
            <source>%1: the lower bound of variable %2 is above its upper bound in %3</source>
            <translation>%1：变量 %2 的下界高于其在 %3 中的上界</translation>
        </message>
        <message>
            <source>%1 must hold at least one q value</source>
            <translation>%1 必须包含至少一个 q 值</translation>
        </message>
        <message>
            <source>%1 holds %2 twice</source>
            <translation>%1 中 %2 出现了两次</translation>
        </message>
        <message>
            <source>%1: q values must lie in [-100, 100]</source>
            <translation>%1：q 值必须位于 [-100, 100] 内</translation>
        </message>
        <message>
            <source>unknown top-level field '%1'</source>
            <translation>顶层有未知字段 '%1'</translation>
        </message>
        <message>
            <source>%1 applies to flows only; %2 is a map</source>
            <translation>%1 仅适用于流；%2 是映射</translation>
        </message>
        <message>
            <source>title must be a string</source>
            <translation>title 必须是字符串</translation>
        </message>
        <message>
            <source>%1 and %2 are two spellings of one field (%1 is the old one); keep %2 only</source>
            <translation>%1 和 %2 是同一字段的两种写法（%1 是旧写法）；只保留 %2</translation>
        </message>
        <message>
            <source>%1 is deprecated, use %2</source>
            <translation>%1 已弃用，请使用 %2</translation>
        </message>
        <message>
            <source>%1 must be 0 (N / 4) or above scale_min</source>
            <translation>%1 必须为 0（N / 4）或大于 scale_min</translation>
        </message>
        <message>
            <source>%1 is missing: %2 phases need the second per-node variable</source>
            <translation>缺少 %1：%2 相位需要第二个逐节点变量</translation>
        </message>
        <message>
            <source>%1 and %2 go together</source>
            <translation>%1 和 %2 必须同时给出</translation>
        </message>
        <message>
            <source>%1: the critical set belongs to maps</source>
            <translation>%1：临界集只适用于映射</translation>
        </message>
        <message>
            <source>%1: a map of more than two state variables needs two slice variables (one of %2)</source>
            <translation>%1：状态变量多于两个的映射需要两个截面变量（取自 %2）</translation>
        </message>
        <message>
            <source>%1 must name exactly two state variables</source>
            <translation>%1 必须恰好指定两个状态变量</translation>
        </message>
        <message>
            <source>%1: '%2' is not a state variable of the model (one of %3)</source>
            <translation>%1：'%2' 不是模型的状态变量（应为 %3 之一）</translation>
        </message>
        <message>
            <source>%1: the two slice variables must differ (both are '%2')</source>
            <translation>%1：两个截面变量必须不同（两者都是 '%2'）</translation>
        </message>
        <message>
            <source>%1 and %2 must both be empty or both hold two numbers, one per slice variable</source>
            <translation>%1 和 %2 必须同时为空，或同时包含两个数，每个截面变量一个</translation>
        </message>
        <message>
            <source>%1 must hold %2 numbers, one per state variable, when others is 'values'</source>
            <translation>当 others 为 'values' 时，%1 必须包含 %2 个数，每个状态变量一个</translation>
        </message>
        <message>
            <source>%1 must not be negative (got %2)</source>
            <translation>%1 不能为负（得到 %2）</translation>
        </message>
        <message>
            <source>%1 and %2 must differ (both are %3)</source>
            <translation>%1 和 %2 必须不同（两者都是 %3）</translation>
        </message>
        <message>
            <source>%1 must be a number (the scale) or an object with scale and offset</source>
            <translation>%1 必须是一个数（比例系数）或包含 scale 和 offset 的对象</translation>
        </message>
        <message>
            <source>model.links must be an object</source>
            <translation>model.links 必须是一个对象</translation>
        </message>
        <message>
            <source>%1 must list parameter names</source>
            <translation>%1 必须列出参数名</translation>
        </message>
        <message>
            <source>%1 must be a list of parameter names or an object of targets with their scales</source>
            <translation>%1 必须是参数名列表，或由目标及其比例系数组成的对象</translation>
        </message>
        <message>
            <source>model.parameters.%1 = %2, but link %3 sets it to %4: the link wins</source>
            <translation>model.parameters.%1 = %2，但关联参数 %3 将其设为 %4：以关联参数为准</translation>
        </message>
        <message>
            <source>%1, column %2: %3</source>
            <translation>%1，第 %2 列：%3</translation>
        </message>
        <message>
            <source>%1 must be an expression (a non-empty string)</source>
            <translation>%1 必须是一个表达式（非空字符串）</translation>
        </message>
        <message>
            <source>%1 must be one line without control characters or '#'</source>
            <translation>%1 必须是一行，不含控制字符或 '#'</translation>
        </message>
        <message>
            <source>%1.value is missing</source>
            <translation>缺少 %1.value</translation>
        </message>
        <message>
            <source>%1 must be one line of text without control characters or '"'</source>
            <translation>%1 必须是一行文本，不含控制字符或 '"'</translation>
        </message>
        <message>
            <source>model.kind must be "map" or "flow"</source>
            <translation>model.kind 必须是 "map" 或 "flow"</translation>
        </message>
        <message>
            <source>model.variables must be an array of 1 to %1 names</source>
            <translation>model.variables 必须是包含 1 到 %1 个名称的数组</translation>
        </message>
        <message>
            <source>model.variables must hold names (a letter or '_', then letters, digits or '_')</source>
            <translation>model.variables 必须包含名称（一个字母或 '_'，后接字母、数字或 '_'）</translation>
        </message>
        <message>
            <source>model.parameters.%1: a parameter's name is a letter or '_', then letters, digits or '_'</source>
            <translation>model.parameters.%1：参数名由一个字母或 '_' 开头，后接字母、数字或 '_'</translation>
        </message>
        <message>
            <source>model.parameters.%1 must be an object with value, min and max (or, for a link, a number)</source>
            <translation>model.parameters.%1 必须是含 value、min 和 max 的对象（对于关联参数则为一个数）</translation>
        </message>
        <message>
            <source>model.%1 must be an object</source>
            <translation>model.%1 必须是一个对象</translation>
        </message>
        <message>
            <source>%1: a function is named like g(u, v): its name and its arguments' names</source>
            <translation>%1：函数的写法如 g(u, v)：函数名及其参数名</translation>
        </message>
        <message>
            <source>%1: an auxiliary definition's name is a letter or '_', then letters, digits or '_'</source>
            <translation>%1：辅助定义的名称由一个字母或 '_' 开头，后接字母、数字或 '_'</translation>
        </message>
        <message>
            <source>model.equations.%1: %1 is not one of model.variables</source>
            <translation>model.equations.%1：%1 不在 model.variables 中</translation>
        </message>
        <message>
            <source>%1 is missing: every variable needs its equation</source>
            <translation>缺少 %1：每个变量都需要自己的方程</translation>
        </message>
        <message>
            <source>model: the typed model cannot be written as model text</source>
            <translation>model：该自定义模型无法写成模型文本</translation>
        </message>
        <message>
            <source>model.settings.definition: a typed model is given either by its text or by model.kind, model.variables, model.parameters and model.equations, not both</source>
            <translation>model.settings.definition：自定义模型要么由其文本给出，要么由 model.kind、model.variables、model.parameters 和 model.equations 给出，不能两者兼有</translation>
        </message>
        <message>
            <source>model.equations is missing: a typed model needs model.kind, model.variables, model.parameters and model.equations (or its text in model.settings.definition)</source>
            <translation>缺少 model.equations：自定义模型需要 model.kind、model.variables、model.parameters 和 model.equations（或在 model.settings.definition 中给出其文本）</translation>
        </message>
        <message>
            <source>%1: the model is not an AKOrN network or grid</source>
            <translation>%1：该模型不是 AKOrN 网络或网格</translation>
        </message>
        <message>
            <source>%1: a grid needs a model with at least two state variables; use "random"</source>
            <translation>%1：网格需要至少有两个状态变量的模型；请使用 "random"</translation>
        </message>
        <message>
            <source>%1 and %2: random states need a box, one bound per state variable</source>
            <translation>%1 和 %2：随机状态需要一个盒子，每个状态变量一个边界</translation>
        </message>
        <message>
            <source>%1: the box is empty along %2</source>
            <translation>%1：盒子沿 %2 为空</translation>
        </message>
        <message>
            <source>%1 must hold one size or one per state variable (%2)</source>
            <translation>%1 必须包含一个大小或每个状态变量一个（%2）</translation>
        </message>
        <message>
            <source>%1: cell sizes must be positive</source>
            <translation>%1：单元大小必须为正</translation>
        </message>
        <message>
            <source>%1: boxes of %2 cells do not fit in the grid of %3 x %4 cells</source>
            <translation>%1：%2 个单元的盒子放不进 %3 x %4 个单元的网格</translation>
        </message>
        <message>
            <source>%1: give at least two different perturbations in (0, 0.5) of the axis range</source>
            <translation>%1：请给出至少两个在坐标轴范围 (0, 0.5) 内的不同扰动</translation>
        </message>
        <message>
            <source>%1: the order parameter needs a network of oscillators, which %2 is not</source>
            <translation>%1：序参量需要振子网络，而 %2 不是</translation>
        </message>
        <message>
            <source>%1 must be shuffle, ft, aaft or iaaft (got '%2')</source>
            <translation>%1 必须是 shuffle、ft、aaft 或 iaaft（得到 '%2'）</translation>
        </message>
        <message>
            <source>%1 must be greater, less or two-sided (got '%2')</source>
            <translation>%1 必须是 greater、less 或 two-sided（得到 '%2'）</translation>
        </message>
        <message>
            <source>%1 must be one of %2 (got '%3')</source>
            <translation>%1 必须是 %2 之一（得到 '%3'）</translation>
        </message>
        <message>
            <source>%1: the network spectrum has no surrogate significance (surrogates are defined for series, not for graphs)</source>
            <translation>%1：网络谱没有替代数据显著性检验（替代数据只对时间序列定义，不对图定义）</translation>
        </message>
        <message>
            <source>%1 must be above 1 (distances are kept when 1 &lt; d &lt;= max_distance)</source>
            <translation>%1 必须大于 1（当 1 &lt; d &lt;= max_distance 时保留距离）</translation>
        </message>
        <message>
            <source>%1: entry %2 is empty</source>
            <translation>%1：第 %2 项为空</translation>
        </message>
        <message>
            <source>%1 is none: %2 must name the weight matrices in forward order</source>
            <translation>%1 为 none：%2 必须按前向顺序列出权重矩阵</translation>
        </message>
        <message>
            <source>%1 names the matrices itself: set %2 to none or leave %1 out</source>
            <translation>%1 已自行指定矩阵：请将 %2 设为 none，或省略 %1</translation>
        </message>
        <message>
            <source>%1 must be the path of a CSV file</source>
            <translation>%1 必须是一个 CSV 文件的路径</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3 or one of %4</source>
            <translation>%1 必须是 %2 到 %3 之间的整数，或 %4 之一</translation>
        </message>
        <message>
            <source>%1 is a recurrence rate with eps_mode rate: it must lie in (0, 1]</source>
            <translation>%1 在 eps_mode rate 下是递归率：必须位于 (0, 1] 内</translation>
        </message>
        <message>
            <source>%1 needs a window (%2 is 0: the whole series)</source>
            <translation>%1 需要窗口（%2 为 0：整个序列）</translation>
        </message>
        <message>
            <source>%1 must be 0 (the whole series) or at least 2 samples</source>
            <translation>%1 必须为 0（整个序列）或至少 2 个样本</translation>
        </message>
        <message>
            <source>%1 tests a scalar of the whole series: not with %2 (windowed RQA)</source>
            <translation>%1 检验整个序列的标量：不能与 %2（分窗 RQA）同用</translation>
        </message>
        <message>
            <source>%1: the embedding choices have no surrogate significance (they are choices, not a quantity of the dynamics; Cao's E2 answers the determinism question)</source>
            <translation>%1：嵌入选择没有替代数据显著性（它们是选择，而不是动力学的量；Cao 的 E2 回答确定性问题）</translation>
        </message>
        <message>
            <source>%1 must be 0 (Sturges' rule) or from 3 to 1024</source>
            <translation>%1 必须为 0（Sturges 规则）或 3 到 1024</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>--%1 must be a whole number from %2 to %3, %4 or %5</source>
            <translation>--%1 必须是 %2 到 %3 之间的整数、%4 或 %5</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>NeuroDyn: nonlinear dynamics of neuron networks</source>
            <translation>NeuroDyn：神经元网络的非线性动力学</translation>
        </message>
        <message>
            <source>Study file to open.</source>
            <translation>要打开的研究文件。</translation>
        </message>
        <message>
            <source>Open a built-in example study.</source>
            <translation>打开一个内置示例研究。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Render the views as PNG images into a folder and quit.</source>
            <translation>将各视图渲染为 PNG 图像写入文件夹后退出。</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>List the built-in example studies and quit.</source>
            <translation>列出内置示例研究并退出。</translation>
        </message>
        <message>
            <source>unknown example '%1' (known: %2)</source>
            <translation>未知示例 '%1'（已知：%2）</translation>
        </message>
        <message>
            <source>the views did not finish computing</source>
            <translation>视图未能完成计算</translation>
        </message>
        <message>
            <source>Save unsaved work to the recovery file every MS milliseconds (default 60000).</source>
            <translation>每隔 MS 毫秒将未保存的工作写入恢复文件（默认 60000）。</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <source>Answer the offer to restore unsaved work after a crash without asking: ask (default), restore or discard.</source>
            <translation>不经询问地回答崩溃后恢复未保存工作的提示：ask（默认）、restore 或 discard。</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>Make an unsaved, undoable edit as if typed: NAME=VALUE sets a parameter, setting.KEY=VALUE a structural setting, initial.I=VALUE the initial value of state variable I. May be repeated.</source>
            <translation>像手动输入一样进行一次未保存、可撤销的编辑：NAME=VALUE 设置参数，setting.KEY=VALUE 设置结构设置，initial.I=VALUE 设置状态变量 I 的初始值。可重复使用。</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Write the open study (after any recovery and edits) to a file and quit; the recovery file stays as it is.</source>
            <translation>将当前打开的研究（经恢复和编辑后）写入文件并退出；恢复文件保持不变。</translation>
        </message>
        <message>
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>--recovery must be ask, restore or discard</source>
            <translation>--recovery 必须是 ask、restore 或 discard</translation>
        </message>
        <message>
            <source>--autosave-interval must be at least 10 milliseconds</source>
            <translation>--autosave-interval 至少为 10 毫秒</translation>
        </message>
    </context>
    <context>
        <name>nd::AboutDialog</name>
        <message>
            <source>Qt %1, Qwt %2, Eigen %3.%4.%5, Boost %6.%7</source>
            <translation>Qt %1、Qwt %2、Eigen %3.%4.%5、Boost %6.%7</translation>
        </message>
        <message>
            <source>About NeuroDyn</source>
            <translation>关于 NeuroDyn</translation>
        </message>
        <message>
            <source>&lt;h3&gt;NeuroDyn %1&lt;/h3&gt;&lt;p&gt;Nonlinear dynamics of neuron networks: maps, networks and oscillators; orbit diagrams, phase portraits and more.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;NeuroDyn %1&lt;/h3&gt;&lt;p&gt;神经元网络的非线性动力学：映射、网络与振子；轨道图、相图等。&lt;/p&gt;&lt;p&gt;构建所用：%2。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>nd::AkornTask</name>
        <message>
            <source>Change AKOrN run</source>
            <translation>更改 AKOrN 运行</translation>
        </message>
        <message>
            <source>Steps T:</source>
            <translation>步数 T：</translation>
        </message>
        <message>
            <source>Number of steps from the study's initial state</source>
            <translation>从研究初始状态起的步数</translation>
        </message>
        <message>
            <source>Radius:</source>
            <translation>半径：</translation>
        </message>
        <message>
            <source>Half width r of the (2r+1) x (2r+1) window of the local order parameter</source>
            <translation>局部序参量 (2r+1) x (2r+1) 窗口的半宽 r</translation>
        </message>
        <message>
            <source>AKOrN</source>
            <translation>AKOrN</translation>
        </message>
    </context>
    <context>
        <name>nd::AkornView</name>
        <message>
            <source>Orientation after the last step</source>
            <translation>最后一步后的取向</translation>
        </message>
        <message>
            <source>column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Angle atan2(x1, x0) of each pixel's first oscillator as a hue: pixels of one colour point the same way; dots mark the silhouette's border</source>
            <translation>每个像素第一个振子的角度 atan2(x1, x0) 以色相显示：同色像素指向相同方向；圆点标出轮廓边界</translation>
        </message>
        <message>
            <source>angle (rad)</source>
            <translation>角度（rad）</translation>
        </message>
        <message>
            <source>Local order after the last step</source>
            <translation>最后一步后的局部序</translation>
        </message>
        <message>
            <source>||mean of x|| over the %1 x %1 window around each pixel (clipped at the border), averaged over the pixel's oscillators: 1 where neighbours agree</source>
            <translation>每个像素周围 %1 x %1 窗口内 ||x 的平均|| （在边界处截断），并对该像素的振子取平均：邻居一致处为 1</translation>
        </message>
        <message>
            <source>local order</source>
            <translation>局部序</translation>
        </message>
        <message>
            <source>Order inside and outside the silhouette</source>
            <translation>轮廓内部与外部的序</translation>
        </message>
        <message>
            <source>step</source>
            <translation>步</translation>
        </message>
        <message>
            <source>mean local order</source>
            <translation>平均局部序</translation>
        </message>
        <message>
            <source>Mean local order parameter over the pixels inside and outside the silhouette after each step (a network: the norm of the mean of all units)</source>
            <translation>每一步后轮廓内部与外部像素上局部序参量的平均值（网络：所有单元平均向量的范数）</translation>
        </message>
        <message>
            <source>Energy over the steps</source>
            <translation>能量随步数的变化</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>能量</translation>
        </message>
        <message>
            <source>E = -1/2 sum x_i^T J_ij x_j - sum c_i^T x_i (the paper's form, solid) and the form the official code logs, -sum x_i . (J x + c)_i without the 1/2 (dashed)</source>
            <translation>E = -1/2 sum x_i^T J_ij x_j - sum c_i^T x_i（论文形式，实线）以及官方代码记录的形式 -sum x_i . (J x + c)_i，不含 1/2（虚线）</translation>
        </message>
        <message>
            <source>silhouette border</source>
            <translation>轮廓边界</translation>
        </message>
        <message>
            <source>inside</source>
            <translation>内部</translation>
        </message>
        <message>
            <source>all units</source>
            <translation>所有单元</translation>
        </message>
        <message>
            <source>outside</source>
            <translation>外部</translation>
        </message>
        <message>
            <source>E (paper, with 1/2)</source>
            <translation>E（论文，含 1/2）</translation>
        </message>
        <message>
            <source>code's log (no 1/2)</source>
            <translation>代码记录值（无 1/2）</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 steps&lt;/b&gt;: E = %2 (paper's form; the code's log: %3)</source>
            <translation>&lt;b&gt;%1 步&lt;/b&gt;：E = %2（论文形式；代码记录值：%3）</translation>
        </message>
        <message>
            <source>; local order inside %1, outside %2</source>
            <translation>；内部局部序 %1，外部 %2</translation>
        </message>
        <message>
            <source>; order %1</source>
            <translation>；序参量 %1</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation>（已取消）</translation>
        </message>
    </context>
    <context>
        <name>nd::AnalysisController</name>
        <message>
            <source>The orbit escaped at step %1: %2</source>
            <translation>轨道在第 %1 步逃逸：%2</translation>
        </message>
        <message>
            <source>%1 steps computed</source>
            <translation>已计算 %1 步</translation>
        </message>
        <message>
            <source>Trajectory</source>
            <translation>轨迹</translation>
        </message>
    </context>
    <context>
        <name>nd::AnalysisDock</name>
        <message>
            <source>Add %1</source>
            <translation>添加%1</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>移除 %1</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>计算</translation>
        </message>
        <message>
            <source>Part of this study: computed whenever its inputs change, and saved with the study. Off: not computed, and left out of the study file.</source>
            <translation>属于本研究：输入一变即重新计算，并随研究保存。关闭：不计算，也不写入研究文件。</translation>
        </message>
    </context>
    <context>
        <name>nd::AnalysisDocks</name>
        <message>
            <source>Add %1 to the study or remove it</source>
            <translation>将%1加入研究或从中移除</translation>
        </message>
    </context>
    <context>
        <name>nd::AnalysisTask</name>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 is not part of this study. Switch it on with "Compute" above or in the Analysis menu to compute it and save its settings with the study.</source>
            <translation>%1不属于本研究。用上方的“计算”或“分析”菜单将其打开，即可计算并将其设置随研究保存。</translation>
        </message>
        <message>
            <source>%1: cancelled. Compute it again with Analysis &gt; Recompute (F5) or by changing its settings.</source>
            <translation>%1：已取消。可通过“分析 &gt; 重新计算”（F5）或修改其设置重新计算。</translation>
        </message>
    </context>
    <context>
        <name>nd::ApproximateEntropyTask</name>
        <message>
            <source>Approximate entropy: null distribution</source>
            <translation>近似熵：零分布</translation>
        </message>
        <message>
            <source>Approximate entropy %1</source>
            <translation>近似熵 %1</translation>
        </message>
        <message>
            <source>Approximate entropy undefined: %1</source>
            <translation>近似熵未定义：%1</translation>
        </message>
        <message>
            <source>Change approximate entropy</source>
            <translation>更改近似熵</translation>
        </message>
        <message>
            <source>Approximate entropy</source>
            <translation>近似熵</translation>
        </message>
    </context>
    <context>
        <name>nd::AttractorOrbitDiagramView</name>
        <message>
            <source>Each attractor's representative orbit at every parameter value, in the attractor's colour (the same as the fractions, the list and the phase portrait); attractors that coexist at a value are drawn side by side around it. Click a dot to show that attractor.</source>
            <translation>每个吸引子在每个参数值处的代表轨道，以该吸引子的颜色显示（与占比图、列表和相图中的颜色相同）；在同一参数值处共存的吸引子并排绘制在该值两侧。点击一个点以显示该吸引子。</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Orbit diagram by attractor</source>
            <translation>按吸引子着色的轨道图</translation>
        </message>
        <message>
            <source>%1 = %2
attractor %3</source>
            <translation>%1 = %2
吸引子 %3</translation>
        </message>
    </context>
    <context>
        <name>nd::AttractorOrbitView</name>
        <message>
            <source>Click an attractor to show its orbit and basin</source>
            <translation>点击一个吸引子以显示其轨道和吸引域</translation>
        </message>
        <message>
            <source>Attractor %1</source>
            <translation>吸引子 %1</translation>
        </message>
        <message>
            <source>The attractor chosen in the list, the fractions or the orbit diagram: its representative orbit (dark dots) and, for a grid of initial states, its basin (light squares). The orbit is also drawn over the phase portrait; the basin is also marked in the basins of attraction when they are computed on the same grid at the same parameter values, else it is shown here only.</source>
            <translation>在列表、占比图或轨道图中选中的吸引子：其代表轨道（深色点），以及对于初始状态网格，其吸引域（浅色方块）。该轨道也绘制在相图上；当吸引域分析在相同网格、相同参数值下计算时，其吸引域也会在其中标出，否则仅在此处显示。</translation>
        </message>
    </context>
    <context>
        <name>nd::AttractorsTask</name>
        <message>
            <source>Attractor orbit and basin</source>
            <translation>吸引子的轨道与吸引域</translation>
        </message>
        <message>
            <source>Click an attractor to show its orbit and basin</source>
            <translation>点击一个吸引子以显示其轨道和吸引域</translation>
        </message>
        <message>
            <source>at the study's parameter values</source>
            <translation>在研究的参数值处</translation>
        </message>
        <message>
            <source>id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>largest exponent</source>
            <translation>最大指数</translation>
        </message>
        <message>
            <source>fraction</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>fraction error</source>
            <translation>占比误差</translation>
        </message>
        <message>
            <source>Change attractors</source>
            <translation>更改吸引子</translation>
        </message>
        <message>
            <source>Along a parameter</source>
            <translation>沿参数</translation>
        </message>
        <message>
            <source>Follow the attractors across a range of a parameter</source>
            <translation>在一个参数范围内跟踪吸引子</translation>
        </message>
        <message>
            <source>Parameter:</source>
            <translation>参数：</translation>
        </message>
        <message>
            <source>The parameter the attractors are followed along</source>
            <translation>跟踪吸引子所沿的参数</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>First parameter value</source>
            <translation>第一个参数值</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Last parameter value</source>
            <translation>最后一个参数值</translation>
        </message>
        <message>
            <source>values</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>Number of parameter values</source>
            <translation>参数值的个数</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>预算：</translation>
        </message>
        <message>
            <source>Samples per initial state before it counts as undecided</source>
            <translation>每个初始状态在被视为未判定之前的采样数</translation>
        </message>
        <message>
            <source>Attractors</source>
            <translation>吸引子</translation>
        </message>
        <message>
            <source>Orbit diagram by attractor, variable:</source>
            <translation>按吸引子着色的轨道图，变量：</translation>
        </message>
        <message>
            <source>The state variable of the orbit diagram by attractor. Attractors related by a symmetry may coincide in one variable and differ in another.</source>
            <translation>按吸引子着色的轨道图所用的状态变量。由对称性相关联的吸引子可能在一个变量上重合，而在另一个变量上不同。</translation>
        </message>
        <message>
            <source>Orbit diagram by attractor</source>
            <translation>按吸引子着色的轨道图</translation>
        </message>
        <message>
            <source>The orbit diagram by attractor needs a parameter to follow the attractors along</source>
            <translation>按吸引子着色的轨道图需要一个用于跟踪吸引子的参数</translation>
        </message>
    </context>
    <context>
        <name>nd::AttractorsView</name>
        <message>
            <source>fixed point</source>
            <translation>不动点</translation>
        </message>
        <message>
            <source>period %1</source>
            <translation>周期 %1</translation>
        </message>
        <message>
            <source>periodic</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>quasi-periodic</source>
            <translation>准周期</translation>
        </message>
        <message>
            <source>chaotic (%1)</source>
            <translation>混沌（%1）</translation>
        </message>
        <message>
            <source>chaotic</source>
            <translation>混沌</translation>
        </message>
        <message>
            <source>Basin fractions of the attractors</source>
            <translation>各吸引子的吸引域占比</translation>
        </message>
        <message>
            <source>basin fraction</source>
            <translation>吸引域占比</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Basin fractions against the parameter, stacked: each attractor in its own colour (the same in every view), then the undecided and escaping initial states. Click an attractor to show its orbit and basin.</source>
            <translation>吸引域占比随参数堆叠显示：每个吸引子有自己的颜色（在所有视图中相同），然后是未判定和逃逸的初始状态。点击一个吸引子可显示其轨道和吸引域。</translation>
        </message>
        <message>
            <source>undecided</source>
            <translation>未判定</translation>
        </message>
        <message>
            <source>escaped</source>
            <translation>逃逸</translation>
        </message>
        <message>
            <source>%1
escaped: %2 %</source>
            <translation>%1
逃逸：%2 %</translation>
        </message>
        <message>
            <source>%1
undecided: %2 %</source>
            <translation>%1
未判定：%2 %</translation>
        </message>
        <message>
            <source>%1
attractor %2: %3 %</source>
            <translation>%1
吸引子 %2：%3 %</translation>
        </message>
    </context>
    <context>
        <name>nd::BasinsTask</name>
        <message>
            <source>Set %1 and %2 from the basins</source>
            <translation>从吸引域设置 %1 和 %2</translation>
        </message>
        <message>
            <source>Change basins of attraction</source>
            <translation>更改吸引域</translation>
        </message>
        <message>
            <source>y:</source>
            <translation>y：</translation>
        </message>
        <message>
            <source>x:</source>
            <translation>x：</translation>
        </message>
        <message>
            <source>State variable on the vertical axis</source>
            <translation>纵轴上的状态变量</translation>
        </message>
        <message>
            <source>State variable on the horizontal axis</source>
            <translation>横轴上的状态变量</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>First initial value of this coordinate</source>
            <translation>该坐标的第一个初始值</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Last initial value of this coordinate</source>
            <translation>该坐标的最后一个初始值</translation>
        </message>
        <message>
            <source>cells</source>
            <translation>格数</translation>
        </message>
        <message>
            <source>Number of initial values along this axis</source>
            <translation>沿该轴的初始值个数</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>暂态步数：</translation>
        </message>
        <message>
            <source>Iterations before the orbit is compared with the attractors found</source>
            <translation>将轨道与已找到的吸引子比较之前的迭代次数</translation>
        </message>
        <message>
            <source>Max period:</source>
            <translation>最大周期：</translation>
        </message>
        <message>
            <source>Longest cycle recognised as periodic</source>
            <translation>可识别为周期的最长周期轨</translation>
        </message>
        <message>
            <source>Basins of attraction</source>
            <translation>吸引域</translation>
        </message>
    </context>
    <context>
        <name>nd::BasinsView</name>
        <message>
            <source>period %1 through (%2)</source>
            <translation>周期 %1，经过 (%2)</translation>
        </message>
        <message>
            <source>aperiodic, mean (%1)</source>
            <translation>非周期，均值 (%1)</translation>
        </message>
        <message>
            <source>Basins of attraction</source>
            <translation>吸引域</translation>
        </message>
        <message>
            <source>Basins of attraction: each initial state is coloured by the attractor its orbit settles on; dark grey: the orbit escaped; blank: not computed yet. Click to use that initial state.</source>
            <translation>吸引域：每个初始状态按其轨道最终到达的吸引子着色；深灰色：轨道逃逸；空白：尚未计算。单击可使用该初始状态。</translation>
        </message>
        <message>
            <source>attractors are labelled when the computation ends</source>
            <translation>计算结束后再标注吸引子</translation>
        </message>
        <message>
            <source>%1: %2 %</source>
            <translation>%1：%2 %</translation>
        </message>
        <message>
            <source>escaped: %1 %</source>
            <translation>逃逸：%1 %</translation>
        </message>
        <message>
            <source>%1
escaped</source>
            <translation>%1
逃逸</translation>
        </message>
        <message>
            <source>%1
not computed yet</source>
            <translation>%1
尚未计算</translation>
        </message>
        <message>
            <source>%1
attractor %2: %3</source>
            <translation>%1
吸引子 %2：%3</translation>
        </message>
        <message>
            <source>%1
attractor %2</source>
            <translation>%1
吸引子 %2</translation>
        </message>
    </context>
    <context>
        <name>nd::CommandLineEdit</name>
        <message>
            <source>--edit %1: expected KEY=VALUE</source>
            <translation>--edit %1：应为 键=值</translation>
        </message>
        <message>
            <source>--edit %1: '%2' is not a number</source>
            <translation>--edit %1：'%2' 不是数字</translation>
        </message>
        <message>
            <source>--edit %1: the model has no state variable %2</source>
            <translation>--edit %1：模型没有状态变量 %2</translation>
        </message>
        <message>
            <source>--edit %1: the model has no parameter '%1'</source>
            <translation>--edit %1：模型没有参数 '%1'</translation>
        </message>
    </context>
    <context>
        <name>nd::ContinuationTask</name>
        <message>
            <source>Change continuation</source>
            <translation>更改延拓</translation>
        </message>
        <message>
            <source>Parameter:</source>
            <translation>参数：</translation>
        </message>
        <message>
            <source>The parameter the branches are followed in</source>
            <translation>沿其延拓分支的参数</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>Lowest value of the parameter (empty: its valid range)</source>
            <translation>参数的最小值（留空：其有效范围）</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Highest value of the parameter (empty: its valid range)</source>
            <translation>参数的最大值（留空：其有效范围）</translation>
        </message>
        <message>
            <source>start at</source>
            <translation>起点</translation>
        </message>
        <message>
            <source>Parameter value of the start point (empty: the study's value)</source>
            <translation>起点的参数值（留空：研究中的值）</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>起点：</translation>
        </message>
        <message>
            <source>Where the first branch starts: a fixed point found by Newton's method from the initial state, the synchronous fixed point of a network, or a period-K cycle through the initial state</source>
            <translation>第一条分支的起点：由牛顿法从初始状态求得的不动点、网络的同步不动点，或经过初始状态的周期 K 轨道</translation>
        </message>
        <message>
            <source>fixed point</source>
            <translation>不动点</translation>
        </message>
        <message>
            <source>homogeneous</source>
            <translation>均匀</translation>
        </message>
        <message>
            <source>cycle</source>
            <translation>周期轨</translation>
        </message>
        <message>
            <source>K:</source>
            <translation>K：</translation>
        </message>
        <message>
            <source>Period of the cycle to start from</source>
            <translation>起始周期轨的周期</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>点数：</translation>
        </message>
        <message>
            <source>Most points per branch</source>
            <translation>每条分支的最多点数</translation>
        </message>
        <message>
            <source>Flip switches:</source>
            <translation>翻转切换：</translation>
        </message>
        <message>
            <source>Levels of period-doubled branches started at the flips found</source>
            <translation>在所找到的翻转点处开始的倍周期分支层数</translation>
        </message>
        <message>
            <source>Curves</source>
            <translation>曲线</translation>
        </message>
        <message>
            <source>Follow the fold, flip and Neimark-Sacker points found in a second parameter as well</source>
            <translation>同时在第二个参数中延拓所找到的折叠、翻转和 Neimark-Sacker 点</translation>
        </message>
        <message>
            <source>in:</source>
            <translation>参数：</translation>
        </message>
        <message>
            <source>The second parameter of the curves</source>
            <translation>曲线的第二个参数</translation>
        </message>
        <message>
            <source>Continuation</source>
            <translation>延拓</translation>
        </message>
    </context>
    <context>
        <name>nd::ContinuationView</name>
        <message>
            <source>State &amp;coordinate:</source>
            <translation>状态坐标(&amp;C)：</translation>
        </message>
        <message>
            <source>The state variable plotted against the parameter in the branch plot</source>
            <translation>在分支图中相对参数绘制的状态变量</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>分支</translation>
        </message>
        <message>
            <source>Fixed points and cycles followed in one parameter: solid where stable, dashed where unstable; LP fold, PD flip (period doubling), NS Neimark-Sacker, BP branch point</source>
            <translation>沿一个参数延拓的不动点和周期轨：稳定处为实线，不稳定处为虚线；LP 折叠，PD 翻转（倍周期），NS Neimark-Sacker，BP 分支点</translation>
        </message>
        <message>
            <source>Bifurcation curves</source>
            <translation>分岔曲线</translation>
        </message>
        <message>
            <source>Fold, flip and Neimark-Sacker curves in two parameters, drawn solid (a curve has no stability of its own), with their codimension-2 points: CP cusp, R1-R4 strong resonances, LPPD fold-flip, LPNS fold-NS, PDNS flip-NS, NSNS double NS, GPD generalised flip, CH Chenciner</source>
            <translation>两参数下的折叠、翻转和 Neimark-Sacker 曲线，以实线绘制（曲线本身没有稳定性），并标出其余维 2 点：CP 尖点，R1-R4 强共振，LPPD 折叠-翻转，LPNS 折叠-NS，PDNS 翻转-NS，NSNS 双 NS，GPD 广义翻转，CH Chenciner</translation>
        </message>
        <message>
            <source>%1: %2 points, special points: %3; ended: %4</source>
            <translation>%1：%2 个点，特殊点：%3；结束原因：%4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>nd::DelayChoiceView</name>
        <message>
            <source>mutual information I(tau)</source>
            <translation>互信息 I(tau)</translation>
        </message>
        <message>
            <source>delay tau (samples)</source>
            <translation>延迟 tau（样本）</translation>
        </message>
        <message>
            <source>I(tau) (nats)</source>
            <translation>I(tau)（奈特）</translation>
        </message>
        <message>
            <source>Delay: average mutual information</source>
            <translation>延迟：平均互信息</translation>
        </message>
        <message>
            <source>tau = %1 (%2)</source>
            <translation>tau = %1（%2）</translation>
        </message>
        <message>
            <source>Delay tau = %1 by the %2 of the average mutual information</source>
            <translation>延迟 tau = %1，依据平均互信息的“%2”</translation>
        </message>
        <message>
            <source>No delay chosen: %1</source>
            <translation>未选出延迟：%1</translation>
        </message>
    </context>
    <context>
        <name>nd::DimensionChoiceView</name>
        <message>
            <source>false-neighbour fraction</source>
            <translation>虚假近邻比例</translation>
        </message>
        <message>
            <source>Cao E1</source>
            <translation>Cao E1</translation>
        </message>
        <message>
            <source>Cao E2</source>
            <translation>Cao E2</translation>
        </message>
        <message>
            <source>dimension m</source>
            <translation>维数 m</translation>
        </message>
        <message>
            <source>fraction, E1, E2</source>
            <translation>比例、E1、E2</translation>
        </message>
        <message>
            <source>Dimension: false nearest neighbours and Cao</source>
            <translation>维数：虚假最近邻与 Cao 方法</translation>
        </message>
        <message>
            <source>FNN m = %1</source>
            <translation>FNN m = %1</translation>
        </message>
        <message>
            <source>Cao m = %1</source>
            <translation>Cao m = %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Dimension at tau = %1: false nearest neighbours m = %2, Cao m = %3</source>
            <translation>tau = %1 时的维数：虚假最近邻 m = %2，Cao m = %3</translation>
        </message>
    </context>
    <context>
        <name>nd::EmbeddingTask</name>
        <message>
            <source>Embedding: delay</source>
            <translation>嵌入：延迟</translation>
        </message>
        <message>
            <source>Embedding: dimension</source>
            <translation>嵌入：维数</translation>
        </message>
        <message>
            <source>Change embedding choices</source>
            <translation>更改嵌入选择</translation>
        </message>
        <message>
            <source>Delay from:</source>
            <translation>延迟来源：</translation>
        </message>
        <message>
            <source>The delay: given, the first minimum of the average mutual information (ami), or the first zero of the autocorrelation (acf)</source>
            <translation>延迟：给定、平均互信息的第一个极小值（ami）或自相关的第一个零点（acf）</translation>
        </message>
        <message>
            <source>given</source>
            <translation>给定</translation>
        </message>
        <message>
            <source>Delay:</source>
            <translation>延迟：</translation>
        </message>
        <message>
            <source>The given delay in samples</source>
            <translation>给定的延迟（样本数）</translation>
        </message>
        <message>
            <source>Max dimension:</source>
            <translation>最大维数：</translation>
        </message>
        <message>
            <source>Dimensions 1..M are tested</source>
            <translation>检验维数 1..M</translation>
        </message>
        <message>
            <source>Theiler:</source>
            <translation>Theiler：</translation>
        </message>
        <message>
            <source>Neighbours closer in time than this are skipped</source>
            <translation>时间上比此更近的近邻被跳过</translation>
        </message>
        <message>
            <source>R_tol:</source>
            <translation>R_tol：</translation>
        </message>
        <message>
            <source>Kennel's R_tol: distance growth that makes a neighbour false</source>
            <translation>Kennel 的 R_tol：使近邻成为虚假近邻的距离增长</translation>
        </message>
        <message>
            <source>FNN threshold:</source>
            <translation>FNN 阈值：</translation>
        </message>
        <message>
            <source>The chosen dimension is the first whose false fraction is below this</source>
            <translation>选出的维数是第一个虚假近邻比例低于此值的维数</translation>
        </message>
        <message>
            <source>Cao threshold:</source>
            <translation>Cao 阈值：</translation>
        </message>
        <message>
            <source>Cao's chosen dimension is the first d with E1(d) at or above this</source>
            <translation>Cao 方法选出的维数是第一个 E1(d) 不低于此值的 d</translation>
        </message>
        <message>
            <source>Embedding choices</source>
            <translation>嵌入选择</translation>
        </message>
    </context>
    <context>
        <name>nd::EmergenceView</name>
        <message>
            <source>Multifractal spectra over training</source>
            <translation>训练过程中的多重分形谱</translation>
        </message>
        <message>
            <source>Lipschitz-Hölder exponent alpha</source>
            <translation>Lipschitz-Hölder 指数 alpha</translation>
        </message>
        <message>
            <source>f(alpha)</source>
            <translation>f(alpha)</translation>
        </message>
        <message>
            <source>Mean f(alpha) over the subnetworks of each checkpoint, blue = early to red = late, with a band of +-1 standard deviation</source>
            <translation>每个检查点各子网络的平均 f(alpha)，蓝 = 早期到红 = 晚期，带 ±1 标准差带</translation>
        </message>
        <message>
            <source>alpha_0, width and emergence</source>
            <translation>alpha_0、宽度与涌现度</translation>
        </message>
        <message>
            <source>training step</source>
            <translation>训练步</translation>
        </message>
        <message>
            <source>alpha_0, width</source>
            <translation>alpha_0、宽度</translation>
        </message>
        <message>
            <source>alpha_0 (regularity) and the spectrum width (heterogeneity), mean +- sd over the subnetworks; the degree of emergence E = (w/w0) ln(alpha_0(t0)/alpha_0) on the right axis</source>
            <translation>alpha_0（规则性）与谱宽（异质性），子网络上的均值 ± 标准差；右轴为涌现度 E = (w/w0) ln(alpha_0(t0)/alpha_0)</translation>
        </message>
        <message>
            <source>Emergence and benchmark scores</source>
            <translation>涌现度与基准分数</translation>
        </message>
        <message>
            <source>degree of emergence E</source>
            <translation>涌现度 E</translation>
        </message>
        <message>
            <source>E over training (left axis) with the benchmark scores read from the scores file (right axis, dashed)</source>
            <translation>训练过程中的 E（左轴）及从分数文件读取的基准分数（右轴，虚线）</translation>
        </message>
        <message>
            <source>No emergence curve: %1</source>
            <translation>无涌现曲线：%1</translation>
        </message>
        <message>
            <source>the computation was canceled</source>
            <translation>计算已取消</translation>
        </message>
        <message>
            <source>no checkpoint</source>
            <translation>没有检查点</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>未定义</translation>
        </message>
        <message>
            <source>E is undefined: %1</source>
            <translation>E 无定义：%1</translation>
        </message>
        <message>
            <source>step %1</source>
            <translation>步 %1</translation>
        </message>
        <message>
            <source>alpha_0</source>
            <translation>alpha_0</translation>
        </message>
        <message>
            <source>width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <source>emergence E</source>
            <translation>涌现度 E</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>&lt;b&gt;NeuroMFA over training&lt;/b&gt; (method %6): %1 checkpoints (steps %2 to %3), %4 subnetworks each; E at the last step = &lt;b&gt;%5&lt;/b&gt;</source>
            <translation>&lt;b&gt;训练过程中的 NeuroMFA&lt;/b&gt;（方法 %6）：%1 个检查点（步 %2 至 %3），每个 %4 个子网络；最后一步的 E = &lt;b&gt;%5&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Spectra f(alpha), %1</source>
            <translation>谱 f(alpha)，%1</translation>
        </message>
    </context>
    <context>
        <name>nd::EntropyTableView</name>
        <message>
            <source>Approximate entropy</source>
            <translation>近似熵</translation>
        </message>
        <message>
            <source>Permutation entropy</source>
            <translation>排列熵</translation>
        </message>
        <message>
            <source>Permutation entropy (Bandt and Pompe 2002): the Shannon entropy of the ordinal patterns of d samples tau apart; ties rank the earlier sample as the smaller</source>
            <translation>排列熵（Bandt 与 Pompe，2002）：间隔 tau 的 d 个样本所成序数模式的香农熵；数值相等时较早的样本视为较小</translation>
        </message>
        <message>
            <source>%1 (fraction of ln d!)</source>
            <translation>%1（ln d! 的比例）</translation>
        </message>
        <message>
            <source>%1 nats</source>
            <translation>%1 奈特</translation>
        </message>
        <message>
            <source>undefined: %1</source>
            <translation>无定义：%1</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Order d</source>
            <translation>阶数 d</translation>
        </message>
        <message>
            <source>Delay tau</source>
            <translation>延迟 tau</translation>
        </message>
        <message>
            <source>Weighting</source>
            <translation>加权方式</translation>
        </message>
        <message>
            <source>each window by its variance (Fadlallah et al. 2013)</source>
            <translation>每个窗口按其方差（Fadlallah 等，2013）</translation>
        </message>
        <message>
            <source>none: every window once</source>
            <translation>无：每个窗口计一次</translation>
        </message>
        <message>
            <source>Normalised</source>
            <translation>归一化</translation>
        </message>
        <message>
            <source>yes: divided by ln d!</source>
            <translation>是：除以 ln d!</translation>
        </message>
        <message>
            <source>no: nats</source>
            <translation>否：奈特</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>相等值</translation>
        </message>
        <message>
            <source>the earlier sample ranks as the smaller</source>
            <translation>较早的样本视为较小</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>窗口数</translation>
        </message>
        <message>
            <source>Patterns seen</source>
            <translation>出现的模式</translation>
        </message>
        <message>
            <source>Patterns missing</source>
            <translation>缺失的模式</translation>
        </message>
        <message>
            <source>ln d! (nats)</source>
            <translation>ln d!（奈特）</translation>
        </message>
        <message>
            <source>Expected finite-size bias</source>
            <translation>预期有限样本偏差</translation>
        </message>
        <message>
            <source>Approximate entropy (Pincus 1991): ApEn = Phi_m - Phi_m+1, Phi_k the mean log fraction of length-k templates within r of each template, self-match included</source>
            <translation>近似熵（Pincus 1991）：ApEn = Phi_m - Phi_m+1，Phi_k 为每个模板 r 范围内长度为 k 的模板所占比例的对数均值，包含自匹配</translation>
        </message>
        <message>
            <source>Phi_m</source>
            <translation>Phi_m</translation>
        </message>
        <message>
            <source>Phi_m+1</source>
            <translation>Phi_m+1</translation>
        </message>
        <message>
            <source>Template length m</source>
            <translation>模板长度 m</translation>
        </message>
        <message>
            <source>Tolerance r as given</source>
            <translation>给定的容差 r</translation>
        </message>
        <message>
            <source>%1 x standard deviation</source>
            <translation>%1 × 标准差</translation>
        </message>
        <message>
            <source>%1 (absolute)</source>
            <translation>%1（绝对）</translation>
        </message>
        <message>
            <source>Tolerance r applied (absolute)</source>
            <translation>实际使用的容差 r（绝对）</translation>
        </message>
        <message>
            <source>Standard deviation of the series</source>
            <translation>序列的标准差</translation>
        </message>
        <message>
            <source>ddof (divisor N - ddof)</source>
            <translation>ddof（除数 N - ddof）</translation>
        </message>
        <message>
            <source>Match rule</source>
            <translation>匹配规则</translation>
        </message>
        <message>
            <source>|x_i - x_j| &lt;= r</source>
            <translation>|x_i - x_j| &lt;= r</translation>
        </message>
        <message>
            <source>|x_i - x_j| &lt; r</source>
            <translation>|x_i - x_j| &lt; r</translation>
        </message>
        <message>
            <source>Self-matches</source>
            <translation>自匹配</translation>
        </message>
        <message>
            <source>included (as Pincus defines it)</source>
            <translation>包含（按 Pincus 的定义）</translation>
        </message>
        <message>
            <source>Templates of length m</source>
            <translation>长度为 m 的模板</translation>
        </message>
        <message>
            <source>Templates of length m + 1</source>
            <translation>长度为 m + 1 的模板</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>biased low: fewer than %1 windows per possible pattern (d!)</source>
            <translation>偏低：每种可能模式（d!）不足 %1 个窗口</translation>
        </message>
    </context>
    <context>
        <name>nd::EquationEditor</name>
        <message>
            <source>Line %1, column %2: %3</source>
            <translation>第 %1 行，第 %2 列：%3</translation>
        </message>
        <message>
            <source>The model compiles; edits apply after a short pause (Ctrl+Return: now).</source>
            <translation>模型可以编译；修改在短暂停顿后生效（Ctrl+Return：立即生效）。</translation>
        </message>
        <message>
            <source>The model in NeuroDyn's model language: one var, par, fun or aux line per entry and one equation per variable (x' = ... for a map, dx/dt = ... for a flow). Checked as you type; Ctrl+Return applies at once, Ctrl+Z goes back.</source>
            <translation>使用 NeuroDyn 模型语言编写的模型：每个条目一行 var、par、fun 或 aux，每个变量一个方程（映射写 x' = ...，流写 dx/dt = ...）。输入时即检查；Ctrl+Return 立即应用，Ctrl+Z 撤回。</translation>
        </message>
        <message>
            <source>Where the text has an error, or that it compiles</source>
            <translation>文本中错误的位置，或说明它可以编译</translation>
        </message>
    </context>
    <context>
        <name>nd::ExportController</name>
        <message>
            <source>&amp;Export Plot</source>
            <translation>导出图(&amp;E)</translation>
        </message>
        <message>
            <source>Save one plot as PNG, SVG or PDF, or its data as CSV</source>
            <translation>将一个图保存为 PNG、SVG 或 PDF，或将其数据保存为 CSV</translation>
        </message>
        <message>
            <source>&amp;Copy Plot to Clipboard</source>
            <translation>复制图到剪贴板(&amp;C)</translation>
        </message>
        <message>
            <source>Copy one plot as an image to the clipboard</source>
            <translation>将一个图作为图像复制到剪贴板</translation>
        </message>
        <message>
            <source>%1...</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>%1 copied to the clipboard</source>
            <translation>%1 已复制到剪贴板</translation>
        </message>
        <message>
            <source>Export &amp;All...</source>
            <translation>全部导出(&amp;A)…</translation>
        </message>
        <message>
            <source>Export All Into Folder</source>
            <translation>全部导出到文件夹</translation>
        </message>
        <message>
            <source>Export All</source>
            <translation>全部导出</translation>
        </message>
        <message>
            <source>%1 files written to %2</source>
            <translation>已将 %1 个文件写入 %2</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>Export every plot and its data into a folder</source>
            <translation>将所有图及其数据导出到一个文件夹</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>导出 %1</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv)</source>
            <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;CSV 数据 (*.csv)</translation>
        </message>
        <message>
            <source>Export Plot</source>
            <translation>导出图</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>已写入 %1</translation>
        </message>
        <message>
            <source>cannot create folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>Save this plot as PNG, SVG or PDF, or its data as CSV</source>
            <translation>将此图保存为 PNG、SVG 或 PDF，或将其数据保存为 CSV</translation>
        </message>
        <message>
            <source>Copy this plot as an image to the clipboard</source>
            <translation>将此图作为图像复制到剪贴板</translation>
        </message>
    </context>
    <context>
        <name>nd::FileController</name>
        <message>
            <source>&amp;New Study</source>
            <translation>新建研究(&amp;N)</translation>
        </message>
        <message>
            <source>Start a new study of the current model with default values</source>
            <translation>以默认值新建当前模型的研究</translation>
        </message>
        <message>
            <source>New Study from &amp;Model</source>
            <translation>从模型新建研究(&amp;M)</translation>
        </message>
        <message>
            <source>Start a new study of another model with its default values</source>
            <translation>以另一个模型的默认值开始新研究</translation>
        </message>
        <message>
            <source>&amp;Open Study...</source>
            <translation>打开研究(&amp;O)…</translation>
        </message>
        <message>
            <source>Open Study</source>
            <translation>打开研究</translation>
        </message>
        <message>
            <source>Open a study file</source>
            <translation>打开研究文件</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Open one of the studies opened or saved last</source>
            <translation>打开最近打开或保存过的研究之一</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>示例(&amp;E)</translation>
        </message>
        <message>
            <source>Open a built-in example study as an untitled copy</source>
            <translation>将内置示例研究作为未命名副本打开</translation>
        </message>
        <message>
            <source>&amp;Save Study</source>
            <translation>保存研究(&amp;S)</translation>
        </message>
        <message>
            <source>Save the study to its file</source>
            <translation>将研究保存到其文件</translation>
        </message>
        <message>
            <source>Save Study &amp;As...</source>
            <translation>研究另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>Save the study to a new file</source>
            <translation>将研究保存到新文件</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>清空列表(&amp;C)</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>The study has unsaved changes. Save them first?</source>
            <translation>该研究有未保存的更改。是否先保存？</translation>
        </message>
        <message>
            <source>The study could not be opened.
%1</source>
            <translation>无法打开该研究。
%1</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>示例</translation>
        </message>
        <message>
            <source>New Study</source>
            <translation>新建研究</translation>
        </message>
        <message>
            <source>Save Study</source>
            <translation>保存研究</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Save Study As</source>
            <translation>研究另存为</translation>
        </message>
        <message>
            <source>Autosave failed: %1</source>
            <translation>自动保存失败：%1</translation>
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation>恢复未保存的工作</translation>
        </message>
        <message>
            <source>NeuroDyn did not close normally last time. Restore the unsaved study it was working on?</source>
            <translation>NeuroDyn 上次未正常关闭。是否恢复当时未保存的研究？</translation>
        </message>
        <message>
            <source>Opened %1 (old spellings, saving updates them: %2)</source>
            <translation>已打开 %1（含旧写法，保存时会更新：%2）</translation>
        </message>
        <message>
            <source>&amp;Import XPPAUT Model...</source>
            <translation>导入 XPPAUT 模型(&amp;I)...</translation>
        </message>
        <message>
            <source>Import XPPAUT Model</source>
            <translation>导入 XPPAUT 模型</translation>
        </message>
        <message>
            <source>XPPAUT models (*.ode);;All files (*)</source>
            <translation>XPPAUT 模型 (*.ode);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open an XPPAUT .ode file as a new study of a typed model</source>
            <translation>将 XPPAUT .ode 文件打开为自定义模型的新研究</translation>
        </message>
        <message>
            <source>Imported %1</source>
            <translation>已导入 %1</translation>
        </message>
        <message>
            <source>The XPPAUT model could not be imported.
%1</source>
            <translation>无法导入该 XPPAUT 模型。
%1</translation>
        </message>
        <message>
            <source>... and %1 more (see Show Details)</source>
            <translation>……以及另外 %1 行（见“显示详细信息”）</translation>
        </message>
        <message>
            <source>%1 was imported. These lines were not translated or were changed:</source>
            <translation>%1 已导入。以下各行未被翻译或已被修改：</translation>
        </message>
        <message>
            <source>New &amp;Typed Model</source>
            <translation>新建自定义模型(&amp;T)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>Start a new study of a model you type: the Chialvo map in the model language, ready to change</source>
            <translation>开始一个自定义模型的新研究：以模型语言写成的 Chialvo 映射，可直接修改</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>NeuroDyn studies (*.json *.ndstudy)</source>
            <translation>NeuroDyn 研究 (*.json *.ndstudy)</translation>
        </message>
    </context>
    <context>
        <name>nd::FixedPointsTable</name>
        <message>
            <source>stable node</source>
            <translation>稳定结点</translation>
        </message>
        <message>
            <source>stable focus</source>
            <translation>稳定焦点</translation>
        </message>
        <message>
            <source>saddle</source>
            <translation>鞍点</translation>
        </message>
        <message>
            <source>unstable node</source>
            <translation>不稳定结点</translation>
        </message>
        <message>
            <source>unstable focus</source>
            <translation>不稳定焦点</translation>
        </message>
        <message>
            <source>non-hyperbolic</source>
            <translation>非双曲</translation>
        </message>
        <message>
            <source>Fixed points found by Newton's method from many seeds, with the multipliers (eigenvalues of the Jacobian) that decide their stability</source>
            <translation>用牛顿法从多个初始点求得的不动点，以及决定其稳定性的乘子（雅可比矩阵的特征值）</translation>
        </message>
        <message>
            <source>Fixed points</source>
            <translation>不动点</translation>
        </message>
        <message>
            <source>No fixed point found</source>
            <translation>未找到不动点</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>稳定性</translation>
        </message>
        <message>
            <source>Multipliers</source>
            <translation>乘子</translation>
        </message>
        <message>
            <source>Moduli</source>
            <translation>模</translation>
        </message>
        <message>
            <source>det J</source>
            <translation>det J</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>残差</translation>
        </message>
    </context>
    <context>
        <name>nd::FixedPointsTask</name>
        <message>
            <source>Change fixed points settings</source>
            <translation>更改不动点设置</translation>
        </message>
        <message>
            <source>Seeds:</source>
            <translation>初值个数：</translation>
        </message>
        <message>
            <source>Initial guesses for Newton's method: the initial state first, then random ones</source>
            <translation>牛顿法的初始猜测：先用初始状态，再用随机值</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>种子：</translation>
        </message>
        <message>
            <source>Seed of the random initial guesses (the same seed gives the same guesses)</source>
            <translation>随机初始猜测的种子（相同种子给出相同猜测）</translation>
        </message>
        <message>
            <source>Newton steps:</source>
            <translation>牛顿步数：</translation>
        </message>
        <message>
            <source>Most Newton iterations from one guess</source>
            <translation>每个猜测的最多牛顿迭代次数</translation>
        </message>
        <message>
            <source>Tolerance:</source>
            <translation>容差：</translation>
        </message>
        <message>
            <source>Residual accepted as converged, relative to 1 + |x|</source>
            <translation>视为收敛的残差，相对于 1 + |x|</translation>
        </message>
        <message>
            <source>Homogeneous</source>
            <translation>均匀</translation>
        </message>
        <message>
            <source>Networks: also start from synchronous states (every node alike), where the homogeneous fixed point lies</source>
            <translation>网络：也从同步状态（各节点相同）出发，均匀不动点位于其中</translation>
        </message>
        <message>
            <source>Fixed points</source>
            <translation>不动点</translation>
        </message>
        <message>
            <source>Critical set</source>
            <translation>临界集</translation>
        </message>
        <message>
            <source>Critical set LC_-1 (det J = 0) and its image LC</source>
            <translation>临界集 LC_-1（det J = 0）及其像 LC</translation>
        </message>
        <message>
            <source>; %1 of the orbit within %2</source>
            <translation>；轨道中距离小于 %2 的比例为 %1</translation>
        </message>
        <message>
            <source>Compute the critical set LC_-1 (det J = 0: where the map is not locally invertible) on a 2-D slice of the state space, and its image LC, drawn over the orbit (maps only)</source>
            <translation>在状态空间的二维切片上计算临界集 LC_-1（det J = 0：映射在此处非局部可逆）及其像 LC，并叠加在轨道上绘制（仅限映射）</translation>
        </message>
        <message>
            <source>u min:</source>
            <translation>u 最小：</translation>
        </message>
        <message>
            <source>u max:</source>
            <translation>u 最大：</translation>
        </message>
        <message>
            <source>v min:</source>
            <translation>v 最小：</translation>
        </message>
        <message>
            <source>v max:</source>
            <translation>v 最大：</translation>
        </message>
        <message>
            <source>Lower bound of the slice variable on the box. Empty: the fixed points' seed box (by default the initial state -+ 10); clearing a bound returns the whole box to that default</source>
            <translation>切片变量在区域中的下界。留空：使用不动点的种子区域（默认为初始状态 -+ 10）；清空任一边界会使整个区域恢复为该默认值</translation>
        </message>
        <message>
            <source>Upper bound of the slice variable on the box. Empty: the fixed points' seed box (by default the initial state -+ 10); clearing a bound returns the whole box to that default</source>
            <translation>切片变量在区域中的上界。留空：使用不动点的种子区域（默认为初始状态 -+ 10）；清空任一边界会使整个区域恢复为该默认值</translation>
        </message>
        <message>
            <source>u:</source>
            <translation>u：</translation>
        </message>
        <message>
            <source>v:</source>
            <translation>v：</translation>
        </message>
        <message>
            <source>Slice variable u (horizontal axis): varies over the box while the other coordinates stay fixed; det J is that of the whole map. Choosing v's variable swaps u and v</source>
            <translation>切片变量 u（横轴）：在区域内变化，其他坐标保持不变；det J 为整个映射的行列式。选择 v 的变量会交换 u 和 v</translation>
        </message>
        <message>
            <source>Slice variable v (vertical axis): varies over the box while the other coordinates stay fixed; det J is that of the whole map. Choosing u's variable swaps u and v</source>
            <translation>切片变量 v（纵轴）：在区域内变化，其他坐标保持不变；det J 为整个映射的行列式。选择 u 的变量会交换 u 和 v</translation>
        </message>
        <message>
            <source>Grid:</source>
            <translation>网格：</translation>
        </message>
        <message>
            <source>Grid cells per axis: det J is evaluated at (cells + 1)^2 vertices, and each sign change along a cell edge is located by bisection</source>
            <translation>每个轴的网格单元数：在 (单元数 + 1)^2 个顶点上计算 det J，单元边上的每次符号变化用二分法定位</translation>
        </message>
        <message>
            <source>Others:</source>
            <translation>其他坐标：</translation>
        </message>
        <message>
            <source>Where the slice's other coordinates come from: the study's initial state (fixed state), values typed here (given values), or points along the orbit, each defining one slice whose critical sets are drawn together (follow the trajectory)</source>
            <translation>切片其他坐标的来源：研究的初始状态（固定状态）、在此输入的值（给定值），或沿轨道的点，每个点确定一个切片，其临界集一并绘制（跟随轨迹）</translation>
        </message>
        <message>
            <source>fixed state</source>
            <translation>固定状态</translation>
        </message>
        <message>
            <source>given values</source>
            <translation>给定值</translation>
        </message>
        <message>
            <source>follow the trajectory</source>
            <translation>跟随轨迹</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>数值：</translation>
        </message>
        <message>
            <source>Given values: a full state, one value per state variable in the model's order, for the slice's other coordinates (the entries of u and v are not used)</source>
            <translation>给定值：一个完整状态，按模型顺序每个状态变量一个值，用作切片的其他坐标（u 和 v 的对应项不使用）</translation>
        </message>
        <message>
            <source>Slices:</source>
            <translation>切片数：</translation>
        </message>
        <message>
            <source>Following the trajectory: how many orbit points, evenly spaced over the kept orbit, each define one slice</source>
            <translation>跟随轨迹：在保留的轨道上均匀选取多少个轨道点，每个点确定一个切片</translation>
        </message>
        <message>
            <source>Orbit transient:</source>
            <translation>轨道暂态：</translation>
        </message>
        <message>
            <source>The orbit from the initial state (trajectory slices, orbit fraction, the orbit drawn): iterations dropped before it is kept</source>
            <translation>从初始状态出发的轨道（沿轨迹的切片、轨道比例、绘制的轨道）：开始保留前丢弃的迭代次数</translation>
        </message>
        <message>
            <source>Orbit points:</source>
            <translation>轨道点数：</translation>
        </message>
        <message>
            <source>The orbit from the initial state (trajectory slices, orbit fraction, the orbit drawn): points kept</source>
            <translation>从初始状态出发的轨道（沿轨迹的切片、轨道比例、绘制的轨道）：保留的点数</translation>
        </message>
        <message>
            <source>Distance:</source>
            <translation>距离：</translation>
        </message>
        <message>
            <source>Orbit fraction: the share of the orbit's points whose Euclidean distance in the full state space to LC_-1 (its nearest point or segment) is below this distance; empty: not computed</source>
            <translation>轨道比例：轨道点中在完整状态空间内到 LC_-1（其最近的点或线段）的欧氏距离小于该距离的比例；留空：不计算</translation>
        </message>
    </context>
    <context>
        <name>nd::InitialStateEditor</name>
        <message>
            <source>Default initial state</source>
            <translation>默认初始状态</translation>
        </message>
        <message>
            <source>Random initial state (seed %1)</source>
            <translation>随机初始状态（种子 %1）</translation>
        </message>
        <message>
            <source>'%1' is not a finite number</source>
            <translation>'%1' 不是有限数</translation>
        </message>
        <message>
            <source>the initial state needs %1 values, not %2</source>
            <translation>初始状态需要 %1 个值，而不是 %2 个</translation>
        </message>
        <message>
            <source>Edit initial state</source>
            <translation>编辑初始状态</translation>
        </message>
        <message>
            <source>Copy the state of node %1 to every node</source>
            <translation>将节点 %1 的状态复制到每个节点</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>数值：</translation>
        </message>
        <message>
            <source>Every initial value in the order of the state variables, comma-separated; press Enter to apply</source>
            <translation>按状态变量顺序列出的所有初始值，以逗号分隔；按回车键应用</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>默认值</translation>
        </message>
        <message>
            <source>Start from the model's default initial state</source>
            <translation>从模型的默认初始状态开始</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>种子：</translation>
        </message>
        <message>
            <source>Seed of the random initial state: the same seed draws the same values</source>
            <translation>随机初始状态的种子：相同的种子抽取相同的值</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <source>Draw every initial value uniformly from the range below with this seed</source>
            <translation>用此种子从下方范围内均匀抽取每个初始值</translation>
        </message>
        <message>
            <source>Range:</source>
            <translation>范围：</translation>
        </message>
        <message>
            <source>Smallest random initial value</source>
            <translation>最小的随机初始值</translation>
        </message>
        <message>
            <source>Largest random initial value</source>
            <translation>最大的随机初始值</translation>
        </message>
        <message>
            <source>Range of the random initial values</source>
            <translation>随机初始值的范围</translation>
        </message>
        <message>
            <source>Node:</source>
            <translation>节点：</translation>
        </message>
        <message>
            <source>Node whose state is copied</source>
            <translation>要复制其状态的节点</translation>
        </message>
        <message>
            <source>Copy to All Nodes</source>
            <translation>复制到所有节点</translation>
        </message>
        <message>
            <source>Give every node of the same map this node's state: a synchronised start</source>
            <translation>让使用同一映射的每个节点都取此节点的状态：同步的起点</translation>
        </message>
    </context>
    <context>
        <name>nd::LinksDialog</name>
        <message>
            <source>Linked Parameters</source>
            <translation>关联参数</translation>
        </message>
        <message>
            <source>A linked parameter sets several parameters at once: target = scale × link + offset. It appears with the parameters (sliders, orbit diagram, scans, continuation); its targets follow it. One row per target; rows with the same link name form one link.</source>
            <translation>关联参数一次设置多个参数：目标 = 比例系数 × 关联参数 + 偏移量。它与其他参数一同出现（滑块、轨道图、扫描、延拓）；其目标随之变化。每个目标占一行；关联参数名相同的各行构成一个关联参数。</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>关联参数</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>比例系数</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>偏移量</translation>
        </message>
        <message>
            <source>&amp;Add Row</source>
            <translation>添加行(&amp;A)</translation>
        </message>
        <message>
            <source>Add a target row (to a new link, or to the selected row's link)</source>
            <translation>添加一个目标行（添加到新的关联参数，或所选行的关联参数）</translation>
        </message>
        <message>
            <source>&amp;Remove Row</source>
            <translation>删除行(&amp;R)</translation>
        </message>
        <message>
            <source>Remove the selected rows</source>
            <translation>删除所选的行</translation>
        </message>
        <message>
            <source>target = scale × link + offset</source>
            <translation>目标 = 比例系数 × 关联参数 + 偏移量</translation>
        </message>
        <message>
            <source>A parameter of the model, or another link</source>
            <translation>模型的参数，或另一个关联参数</translation>
        </message>
        <message>
            <source>Row %1: the scale must be a number</source>
            <translation>第 %1 行：比例系数必须是数</translation>
        </message>
        <message>
            <source>Row %1: the offset must be a number</source>
            <translation>第 %1 行：偏移量必须是数</translation>
        </message>
    </context>
    <context>
        <name>nd::LyapunovAlongView</name>
        <message>
            <source>Lyapunov spectrum along a parameter</source>
            <translation>沿参数的 Lyapunov 谱</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>exponent</source>
            <translation>指数</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along a parameter: %1</source>
            <translation>沿参数的 Lyapunov 谱：%1</translation>
        </message>
        <message>
            <source>no spectrum (%1 escaped)</source>
            <translation>无谱（%1 个逃逸）</translation>
        </message>
        <message>
            <source>no spectrum</source>
            <translation>无谱</translation>
        </message>
    </context>
    <context>
        <name>nd::LyapunovTask</name>
        <message>
            <source>Lyapunov exponents (%1)</source>
            <translation>李雅普诺夫指数（%1）</translation>
        </message>
        <message>
            <source>, Kaplan-Yorke dimension %1</source>
            <translation>，Kaplan-Yorke 维数 %1</translation>
        </message>
        <message>
            <source>Largest Lyapunov exponent %1 (final value only; %2)</source>
            <translation>最大李雅普诺夫指数 %1（仅最终值；%2）</translation>
        </message>
        <message>
            <source>Change Lyapunov settings</source>
            <translation>更改李雅普诺夫设置</translation>
        </message>
        <message>
            <source>Largest only</source>
            <translation>仅最大</translation>
        </message>
        <message>
            <source>Only the largest exponent, from one renormalised tangent vector (cheaper)</source>
            <translation>仅最大指数，由一个重归一化的切向量求得（更省时）</translation>
        </message>
        <message>
            <source>Exponents:</source>
            <translation>指数个数：</translation>
        </message>
        <message>
            <source>How many of the largest exponents (0: all)</source>
            <translation>取最大的几个指数（0：全部）</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>暂态步数：</translation>
        </message>
        <message>
            <source>Iterations before the exponents are accumulated</source>
            <translation>开始累积指数之前的迭代次数</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>步数：</translation>
        </message>
        <message>
            <source>Iterations over which the exponents are accumulated</source>
            <translation>累积指数所用的迭代次数</translation>
        </message>
        <message>
            <source>QR every:</source>
            <translation>QR 间隔：</translation>
        </message>
        <message>
            <source>Iterations between two re-orthonormalisations of the tangent vectors</source>
            <translation>两次切向量重新正交归一化之间的迭代次数</translation>
        </message>
        <message>
            <source>dt:</source>
            <translation>dt：</translation>
        </message>
        <message>
            <source>Flows: RK4 step of the variational equations</source>
            <translation>流：变分方程的 RK4 步长</translation>
        </message>
        <message>
            <source>Lyapunov exponents</source>
            <translation>李雅普诺夫指数</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along a parameter</source>
            <translation>沿参数的 Lyapunov 谱</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along %1 (%2)</source>
            <translation>沿 %1 的 Lyapunov 谱（%2）</translation>
        </message>
        <message>
            <source>Along a parameter</source>
            <translation>沿参数</translation>
        </message>
        <message>
            <source>Also the spectrum at every value of one parameter, each from the initial state (or from the previous value's final state: follow)</source>
            <translation>另外计算某一参数每个取值处的谱，每个取值都从初始状态开始（或从前一个取值的最终状态开始：follow）</translation>
        </message>
        <message>
            <source>Parameter:</source>
            <translation>参数：</translation>
        </message>
        <message>
            <source>The parameter the spectrum is computed along</source>
            <translation>计算谱时所沿的参数</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>First value of the parameter</source>
            <translation>参数的第一个取值</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Last value of the parameter</source>
            <translation>参数的最后一个取值</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>数值：</translation>
        </message>
        <message>
            <source>How many parameter values, both ends included</source>
            <translation>参数取值的个数，包括两端</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>起点：</translation>
        </message>
        <message>
            <source>Where each value starts: the study's initial state (fixed), or the previous value's final state (follow: stays on one attractor)</source>
            <translation>每个取值的起点：研究的初始状态（fixed），或前一个取值的最终状态（follow：停留在同一个吸引子上）</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>follow</source>
            <translation>跟随</translation>
        </message>
        <message>
            <source>At the study's point</source>
            <translation>研究的参数点处</translation>
        </message>
        <message>
            <source>Along %1</source>
            <translation>沿 %1</translation>
        </message>
    </context>
    <context>
        <name>nd::LyapunovView</name>
        <message>
            <source>Lyapunov exponents</source>
            <translation>李雅普诺夫指数</translation>
        </message>
        <message>
            <source>iterations</source>
            <translation>迭代次数</translation>
        </message>
        <message>
            <source>running estimate</source>
            <translation>滚动估计</translation>
        </message>
        <message>
            <source>Lyapunov exponents: %1</source>
            <translation>李雅普诺夫指数：%1</translation>
        </message>
        <message>
            <source>λ%1 = %2</source>
            <translation>λ%1 = %2</translation>
        </message>
    </context>
    <context>
        <name>nd::MainWindow</name>
        <message>
            <source>Phase portrait</source>
            <translation>相图</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>时间序列</translation>
        </message>
        <message>
            <source>Space-time plot</source>
            <translation>时空图</translation>
        </message>
        <message>
            <source>x = %1, y = %2</source>
            <translation>x = %1，y = %2</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>%1[*] - NeuroDyn</source>
            <translation>%1[*] - NeuroDyn</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>Close NeuroDyn (asks to save unsaved changes)</source>
            <translation>关闭 NeuroDyn（会询问是否保存未保存的更改）</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>Undo the last change of the study</source>
            <translation>撤销研究的最近一次更改</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Redo the change undone last</source>
            <translation>重做最近撤销的更改</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>Language, worker threads, export size and colour map</source>
            <translation>语言、工作线程、导出尺寸和色图</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Recompute</source>
            <translation>重新计算(&amp;R)</translation>
        </message>
        <message>
            <source>Compute every view again</source>
            <translation>重新计算所有视图</translation>
        </message>
        <message>
            <source>&amp;Cancel Computations</source>
            <translation>取消计算(&amp;C)</translation>
        </message>
        <message>
            <source>Stop the running computations</source>
            <translation>停止正在进行的计算</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Show or hide the %1 panel</source>
            <translation>显示或隐藏“%1”面板</translation>
        </message>
        <message>
            <source>Reset &amp;Layout</source>
            <translation>重置布局(&amp;L)</translation>
        </message>
        <message>
            <source>Ctrl+Shift+L</source>
            <translation>Ctrl+Shift+L</translation>
        </message>
        <message>
            <source>Put every panel back where it is on a first start</source>
            <translation>将所有面板恢复到首次启动时的位置</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <source>Use the whole screen for the window</source>
            <translation>窗口占满整个屏幕</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About NeuroDyn</source>
            <translation>关于 NeuroDyn(&amp;A)</translation>
        </message>
        <message>
            <source>Version and the libraries NeuroDyn is built with</source>
            <translation>版本及构建 NeuroDyn 所用的库</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Version and licence of Qt</source>
            <translation>Qt 的版本和许可证</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop the running computations (Esc)</source>
            <translation>停止正在进行的计算（Esc）</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>In This Study</source>
            <translation>本研究中</translation>
        </message>
        <message>
            <source>Computations cancelled</source>
            <translation>计算已取消</translation>
        </message>
        <message>
            <source>Computing: %1</source>
            <translation>正在计算：%1</translation>
        </message>
        <message>
            <source>Opened %1 (old spellings, saving updates them: %2)</source>
            <translation>已打开 %1（含旧写法，保存时会更新：%2）</translation>
        </message>
        <message>
            <source>Change linked parameters</source>
            <translation>更改关联参数</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>模型(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Linked Parameters...</source>
            <translation>关联参数(&amp;L)…</translation>
        </message>
        <message>
            <source>Define parameters that set several parameters at once (sigma for all couplings)</source>
            <translation>定义一次设置多个参数的参数（例如所有耦合共用一个 sigma）</translation>
        </message>
        <message>
            <source>Oscillators on the circle</source>
            <translation>圆上的振子</translation>
        </message>
        <message>
            <source>Order parameter</source>
            <translation>序参量</translation>
        </message>
        <message>
            <source>Oscillators</source>
            <translation>振子</translation>
        </message>
    </context>
    <context>
        <name>nd::MfdfaTask</name>
        <message>
            <source>Change MFDFA</source>
            <translation>更改 MFDFA</translation>
        </message>
        <message>
            <source>q:</source>
            <translation>q：</translation>
        </message>
        <message>
            <source>Moments q of the fluctuation function, separated by commas or blanks</source>
            <translation>波动函数的矩 q，以逗号或空格分隔</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>阶数：</translation>
        </message>
        <message>
            <source>Order of the polynomial detrending each segment</source>
            <translation>对各分段去趋势的多项式阶数</translation>
        </message>
        <message>
            <source>Scales from:</source>
            <translation>尺度从：</translation>
        </message>
        <message>
            <source>Smallest segment length s</source>
            <translation>最小分段长度 s</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>到：</translation>
        </message>
        <message>
            <source>Largest segment length s (0: a quarter of the series)</source>
            <translation>最大分段长度 s（0：序列长度的四分之一）</translation>
        </message>
        <message>
            <source>Scales:</source>
            <translation>尺度数：</translation>
        </message>
        <message>
            <source>Number of log-spaced scales between the two</source>
            <translation>两者之间按对数间隔的尺度个数</translation>
        </message>
        <message>
            <source>MFDFA</source>
            <translation>MFDFA</translation>
        </message>
        <message>
            <source>MFDFA: null distribution</source>
            <translation>MFDFA：零分布</translation>
        </message>
        <message>
            <source>width</source>
            <translation>宽度</translation>
        </message>
    </context>
    <context>
        <name>nd::ModelController</name>
        <message>
            <source>Change model to %1</source>
            <translation>将模型改为 %1</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>修改 %1</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>移除 %1</translation>
        </message>
        <message>
            <source>Edit equations</source>
            <translation>编辑方程</translation>
        </message>
    </context>
    <context>
        <name>nd::ModelEditor</name>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Family:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>Kind of model: single neuron maps, reference maps, networks of maps, oscillators</source>
            <translation>模型种类：单个神经元映射、参考映射、映射网络、振子</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>模型：</translation>
        </message>
        <message>
            <source>Model or network preset; choosing another starts from its default values (undo goes back)</source>
            <translation>模型或网络预设；选择其他模型将从其默认值开始（撤销可返回）</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>结构</translation>
        </message>
        <message>
            <source>Settings fixed when the model is built: size, node maps, topology, ...</source>
            <translation>构建模型时确定的设置：规模、节点映射、拓扑等</translation>
        </message>
        <message>
            <source>This model has no structural settings.</source>
            <translation>此模型没有结构设置。</translation>
        </message>
        <message>
            <source>Per-node parameters</source>
            <translation>逐节点参数</translation>
        </message>
        <message>
            <source>Heterogeneity: single nodes with their own parameter values</source>
            <translation>异质性：单个节点使用自己的参数值</translation>
        </message>
        <message>
            <source>Initial conditions</source>
            <translation>初始条件</translation>
        </message>
        <message>
            <source>The state the simulations start from</source>
            <translation>模拟开始时的状态</translation>
        </message>
        <message>
            <source>Equations</source>
            <translation>方程</translation>
        </message>
        <message>
            <source>The typed model's text: variables, parameters and equations</source>
            <translation>自定义模型的文本：变量、参数和方程</translation>
        </message>
    </context>
    <context>
        <name>nd::ModelTexts</name>
        <message>
            <source>Neuron maps</source>
            <translation>神经元映射</translation>
        </message>
        <message>
            <source>Reference maps</source>
            <translation>参考映射</translation>
        </message>
        <message>
            <source>Networks of neuron maps</source>
            <translation>神经元映射网络</translation>
        </message>
        <message>
            <source>Oscillator networks</source>
            <translation>振子网络</translation>
        </message>
        <message>
            <source>Other models</source>
            <translation>其他模型</translation>
        </message>
        <message>
            <source>Single neuron maps: Chialvo, memristive Chialvo, Rulkov</source>
            <translation>单个神经元映射：Chialvo、忆阻 Chialvo、Rulkov</translation>
        </message>
        <message>
            <source>Classic maps for validation and teaching: logistic, delayed logistic, Hénon</source>
            <translation>用于验证和教学的经典映射：Logistic、延迟 Logistic、Hénon</translation>
        </message>
        <message>
            <source>Neuron maps coupled through their activation x: ring-star networks and heterogeneous chains</source>
            <translation>通过激活变量 x 耦合的神经元映射：环-星网络和异质链</translation>
        </message>
        <message>
            <source>Phase and vector oscillators: Kuramoto (continuous time) and AKOrN</source>
            <translation>相位振子和向量振子：Kuramoto（连续时间）和 AKOrN</translation>
        </message>
        <message>
            <source>Models of the engine without a family of their own</source>
            <translation>没有所属类别的引擎模型</translation>
        </message>
        <message>
            <source>Chialvo map</source>
            <translation>Chialvo 映射</translation>
        </message>
        <message>
            <source>Memristive Chialvo map</source>
            <translation>忆阻 Chialvo 映射</translation>
        </message>
        <message>
            <source>Rulkov map</source>
            <translation>Rulkov 映射</translation>
        </message>
        <message>
            <source>Logistic map</source>
            <translation>Logistic 映射</translation>
        </message>
        <message>
            <source>Delayed logistic map</source>
            <translation>延迟 Logistic 映射</translation>
        </message>
        <message>
            <source>Hénon map</source>
            <translation>Hénon 映射</translation>
        </message>
        <message>
            <source>Ring-star network</source>
            <translation>环-星网络</translation>
        </message>
        <message>
            <source>Higher-order ring-star (K4)</source>
            <translation>高阶环-星网络（K4）</translation>
        </message>
        <message>
            <source>Heterogeneous chain</source>
            <translation>异质链</translation>
        </message>
        <message>
            <source>Kuramoto oscillators</source>
            <translation>Kuramoto 振子</translation>
        </message>
        <message>
            <source>AKOrN vector oscillators</source>
            <translation>AKOrN 向量振子</translation>
        </message>
        <message>
            <source>Chialvo's two-variable neuron map: activation x, recovery y</source>
            <translation>Chialvo 双变量神经元映射：激活 x，恢复 y</translation>
        </message>
        <message>
            <source>Chialvo map with an electromagnetic flux variable phi acting through a memristor</source>
            <translation>带电磁通量变量 phi（经忆阻器作用）的 Chialvo 映射</translation>
        </message>
        <message>
            <source>Rulkov's chaotic map: fast variable x, slow variable y</source>
            <translation>Rulkov 混沌映射：快变量 x，慢变量 y</translation>
        </message>
        <message>
            <source>x' = r x (1 - x)</source>
            <translation>x' = r x (1 - x)</translation>
        </message>
        <message>
            <source>x' = r x (1 - y), y' = x: a Neimark-Sacker bifurcation at r = 2</source>
            <translation>x' = r x (1 - y), y' = x：在 r = 2 处发生 Neimark-Sacker 分岔</translation>
        </message>
        <message>
            <source>x' = 1 - a x² + y, y' = b x</source>
            <translation>x' = 1 - a x² + y, y' = b x</translation>
        </message>
        <message>
            <source>Hub node 0 coupled to a ring of N-1 nodes (star coupling mu, ring coupling sigma with range R), optionally with triadic coupling sigma2 over triangles</source>
            <translation>中心节点 0 与 N-1 个节点组成的环耦合（星形耦合 mu，范围为 R 的环耦合 sigma），可选地在三角形上加三元耦合 sigma2</translation>
        </message>
        <message>
            <source>The smallest higher-order ring-star: hub and three ring nodes, the complete graph K4, with pairwise strength sigma1 and triadic strength sigma2</source>
            <translation>最小的高阶环-星网络：中心节点和三个环节点，即完全图 K4，成对耦合强度 sigma1，三元耦合强度 sigma2</translation>
        </message>
        <message>
            <source>An ordered chain of neuron maps of any types with an independent coupling strength in each direction between neighbours</source>
            <translation>由任意类型神经元映射组成的有序链，相邻节点之间每个方向的耦合强度相互独立</translation>
        </message>
        <message>
            <source>Kuramoto / Sakaguchi-Kuramoto phase oscillators, an ODE in continuous time</source>
            <translation>Kuramoto / Sakaguchi-Kuramoto 相位振子，连续时间的常微分方程</translation>
        </message>
        <message>
            <source>AKOrN-style unit vectors rotating and synchronising in discrete steps</source>
            <translation>AKOrN 式单位向量，以离散步长旋转并同步</translation>
        </message>
        <message>
            <source>Model '%1' of the engine</source>
            <translation>计算引擎的模型 '%1'</translation>
        </message>
        <message>
            <source>Oscillators (N)</source>
            <translation>振子数 (N)</translation>
        </message>
        <message>
            <source>Units (N)</source>
            <translation>单元数 (N)</translation>
        </message>
        <message>
            <source>Nodes (N)</source>
            <translation>节点数 (N)</translation>
        </message>
        <message>
            <source>Ring range (R)</source>
            <translation>环范围 (R)</translation>
        </message>
        <message>
            <source>Unit dimension (n)</source>
            <translation>单元维数 (n)</translation>
        </message>
        <message>
            <source>Node map</source>
            <translation>节点映射</translation>
        </message>
        <message>
            <source>Node maps</source>
            <translation>节点映射列表</translation>
        </message>
        <message>
            <source>Triangles</source>
            <translation>三角形</translation>
        </message>
        <message>
            <source>Hub normalisation</source>
            <translation>中心节点归一化</translation>
        </message>
        <message>
            <source>Triadic form</source>
            <translation>三元形式</translation>
        </message>
        <message>
            <source>Triangle counting</source>
            <translation>三角形计数</translation>
        </message>
        <message>
            <source>Triadic normalisation</source>
            <translation>三元归一化</translation>
        </message>
        <message>
            <source>Coupling</source>
            <translation>耦合</translation>
        </message>
        <message>
            <source>Topology</source>
            <translation>拓扑</translation>
        </message>
        <message>
            <source>Edges</source>
            <translation>边</translation>
        </message>
        <message>
            <source>Normalisation</source>
            <translation>归一化</translation>
        </message>
        <message>
            <source>Frequency law</source>
            <translation>频率分布</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>抽样方式</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Frequencies</source>
            <translation>频率</translation>
        </message>
        <message>
            <source>Number of nodes: the hub plus N-1 ring nodes (at least 3)</source>
            <translation>节点数：中心节点加 N-1 个环节点（至少为 3）</translation>
        </message>
        <message>
            <source>Number of oscillators (at least 2)</source>
            <translation>振子数（至少为 2）</translation>
        </message>
        <message>
            <source>Number of unit vectors (at least 1)</source>
            <translation>单位向量数（至少为 1）</translation>
        </message>
        <message>
            <source>Each ring node couples to its R nearest ring neighbours on each side (0 &lt;= 2R &lt;= N-2)</source>
            <translation>每个环节点与其两侧各 R 个最近的环上邻居耦合（0 &lt;= 2R &lt;= N-2）</translation>
        </message>
        <message>
            <source>Topology ring: each oscillator couples to R neighbours on each side (1 &lt;= R, 2R &lt;= N-1)</source>
            <translation>拓扑 ring：每个振子与两侧各 R 个邻居耦合（1 &lt;= R，2R &lt;= N-1）</translation>
        </message>
        <message>
            <source>Dimension of every unit vector (even, at least 2)</source>
            <translation>每个单位向量的维数（偶数，至少为 2）</translation>
        </message>
        <message>
            <source>Neuron map used at every node of the network</source>
            <translation>网络中每个节点使用的神经元映射</translation>
        </message>
        <message>
            <source>Triangles carrying the triadic coupling sigma2: none, those through the hub, those within the ring, or all</source>
            <translation>承载三元耦合 sigma2 的三角形：无、经过中心节点的、环内的，或全部</translation>
        </message>
        <message>
            <source>Triangles carrying sigma2: all four, the three containing the hub, or only the ring triangle</source>
            <translation>承载 sigma2 的三角形：全部四个、包含中心节点的三个，或仅环上的三角形</translation>
        </message>
        <message>
            <source>Star term of the hub: the plain sum over the ring, or divided by the ring size N-1</source>
            <translation>中心节点的星形项：对环的直接求和，或除以环的大小 N-1</translation>
        </message>
        <message>
            <source>Triadic coupling g: linear x_j+x_k-2x_i, product x_j x_k-x_i², cubic x_j² x_k-x_i³</source>
            <translation>三元耦合 g：线性 x_j+x_k-2x_i，乘积 x_j x_k-x_i²，三次 x_j² x_k-x_i³</translation>
        </message>
        <message>
            <source>Each triangle counted once per node, or once for each ordered pair (j,k) and (k,j)</source>
            <translation>每个三角形对每个节点计一次，或对每个有序对 (j,k) 和 (k,j) 各计一次</translation>
        </message>
        <message>
            <source>Divide a node's triadic sum by its number of triangles (degree), or not (none)</source>
            <translation>将节点的三元求和除以其所在三角形的数目（degree），或不除（none）</translation>
        </message>
        <message>
            <source>Coupling J_ij: none, J/N between all pairs, or J between ring neighbours</source>
            <translation>耦合 J_ij：无、所有节点对之间为 J/N，或环上邻居之间为 J</translation>
        </message>
        <message>
            <source>Coupling graph: all-to-all (mean field), a ring of range R, or the edge list below</source>
            <translation>耦合图：全连接（平均场）、范围为 R 的环，或下方的边列表</translation>
        </message>
        <message>
            <source>Edges for topology graph, comma-separated: i-j (both ways), i&gt;j (j acts on i), optional :weight, e.g. 0-1,1-2:0.5,3&gt;2</source>
            <translation>拓扑 graph 的边，以逗号分隔：i-j（双向）、i&gt;j（j 作用于 i），可选 :权重，例如 0-1,1-2:0.5,3&gt;2</translation>
        </message>
        <message>
            <source>Divide the coupling sum by N, by the node's degree, or not at all; auto is N for all-to-all and the degree otherwise</source>
            <translation>将耦合和除以 N、除以节点的度，或不除；auto 在全连接时为 N，否则为度</translation>
        </message>
        <message>
            <source>Law of the natural frequencies omega_i = omega0 + gamma z_i, or the explicit list below</source>
            <translation>固有频率的分布 omega_i = omega0 + gamma z_i，或下方的显式列表</translation>
        </message>
        <message>
            <source>Draw the frequencies at random (with the seed) or place them at the quantiles of the law</source>
            <translation>随机抽取频率（使用种子），或将其置于分布的分位点上</translation>
        </message>
        <message>
            <source>Seed of the random frequency draws: the same seed gives the same frequencies</source>
            <translation>随机抽取频率的种子：相同的种子给出相同的频率</translation>
        </message>
        <message>
            <source>Explicit natural frequencies, comma-separated, exactly N values (frequency law explicit)</source>
            <translation>显式给出的固有频率，以逗号分隔，恰好 N 个值（频率分布为 explicit）</translation>
        </message>
        <message>
            <source>Ordered node maps of the chain (at least 2), numbered from 1 in the coupling names; node i couples to nodes i-1 and i+1</source>
            <translation>链中按顺序排列的节点映射（至少 2 个），在耦合名称中从 1 开始编号；节点 i 与节点 i-1 和 i+1 耦合</translation>
        </message>
        <message>
            <source>Coupling term of node i from its neighbour j: sigma_ij (x_j - x_i) (diffusive) or sigma_ij x_j (direct); the first index receives: sigma_12 is node 2 acting on node 1</source>
            <translation>节点 i 来自邻居 j 的耦合项：sigma_ij (x_j - x_i)（扩散）或 sigma_ij x_j（直接）；第一个下标为接收方：sigma_12 表示节点 2 作用于节点 1</translation>
        </message>
        <message>
            <source>%1: node %2 acts on node %3 (nodes numbered from 1; the term %4 is added to %5')</source>
            <translation>%1：节点 %2 作用于节点 %3（节点从 1 开始编号；项 %4 加到 %5' 上）</translation>
        </message>
        <message>
            <source>Linked parameter: sets %1</source>
            <translation>关联参数：设置 %1</translation>
        </message>
        <message>
            <source>Set by the linked parameter %1</source>
            <translation>由关联参数 %1 设置</translation>
        </message>
        <message>
            <source>Your own models</source>
            <translation>自定义模型</translation>
        </message>
        <message>
            <source>Maps and ODEs you type in NeuroDyn's model language</source>
            <translation>用 NeuroDyn 模型语言输入的映射和常微分方程</translation>
        </message>
        <message>
            <source>Typed model (equations)</source>
            <translation>自定义模型（方程）</translation>
        </message>
        <message>
            <source>A map or an ODE of your own, typed in the model language (File &gt; New Typed Model)</source>
            <translation>用模型语言输入的自定义映射或常微分方程（文件 &gt; 新建自定义模型）</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>后端</translation>
        </message>
        <message>
            <source>How a typed model runs: auto compiles it with the system's C++ compiler when there is one, compiled insists on that, interpreter never compiles</source>
            <translation>自定义模型的运行方式：auto 在系统有 C++ 编译器时编译它，compiled 要求必须编译，interpreter 从不编译</translation>
        </message>
        <message>
            <source>Typed map</source>
            <translation>自定义映射</translation>
        </message>
        <message>
            <source>Typed node map</source>
            <translation>自定义节点映射</translation>
        </message>
        <message>
            <source>Typed node coupling</source>
            <translation>自定义节点的耦合变量</translation>
        </message>
        <message>
            <source>The map of the nodes of type typed, in the model language (one statement per line); its parameters appear as t_&lt;name&gt;</source>
            <translation>类型为 typed 的节点所用的映射，以模型语言书写（每行一条语句）；其参数以 t_&lt;名称&gt; 的形式出现</translation>
        </message>
        <message>
            <source>The variable of a typed node through which the coupling acts, as on x of the built-in maps (empty: its first variable)</source>
            <translation>自定义节点上耦合所作用的变量，相当于内置映射的 x（留空：其第一个变量）</translation>
        </message>
        <message>
            <source>AKOrN on an image grid</source>
            <translation>图像网格上的 AKOrN</translation>
        </message>
        <message>
            <source>AKOrN oscillators on a pixel grid with convolutional or attention coupling and a stimulus from a silhouette image</source>
            <translation>像素网格上的 AKOrN 振子，采用卷积或注意力耦合，刺激来自轮廓图像</translation>
        </message>
        <message>
            <source>Convention</source>
            <translation>约定</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>投影</translation>
        </message>
        <message>
            <source>Stimulus normalisation</source>
            <translation>刺激归一化</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>轮廓</translation>
        </message>
        <message>
            <source>Kernel</source>
            <translation>卷积核</translation>
        </message>
        <message>
            <source>Kernel size</source>
            <translation>卷积核大小</translation>
        </message>
        <message>
            <source>official: the rotation of the released AKOrN code, clockwise on each plane; neurodyn-2025: NeuroDyn's first AKOrN, counter-clockwise (studies saved before the setting existed)</source>
            <translation>official：已发布 AKOrN 代码的旋转方向，在每个平面上顺时针；neurodyn-2025：NeuroDyn 最初的 AKOrN，逆时针（该设置出现之前保存的研究）</translation>
        </message>
        <message>
            <source>none, or group: the stimulus pattern shifted to mean 0 and scaled to variance 1 over each oscillator group's channels and all positions (GroupNorm), then scaled by c</source>
            <translation>none 或 group：刺激模式在每个振子组的通道及所有位置上平移到均值 0 并缩放到方差 1（GroupNorm），再乘以 c</translation>
        </message>
        <message>
            <source>Omega layer</source>
            <translation>Omega 层</translation>
        </message>
        <message>
            <source>rotation: the natural term Omega x turns each plane at omega (the paper's); identity: the official code's use_omega=False, whose omega layer is the identity, so each step adds gamma x and omega is unused</source>
            <translation>rotation：固有项 Omega x 使每个平面以 omega 旋转（论文的做法）；identity：官方代码的 use_omega=False，其 omega 层为恒等映射，因此每步加上 gamma x，omega 不起作用</translation>
        </message>
    </context>
    <context>
        <name>nd::MultifractalView</name>
        <message>
            <source>fit quality R^2</source>
            <translation>拟合优度 R^2</translation>
        </message>
        <message>
            <source>R^2</source>
            <translation>R^2</translation>
        </message>
        <message>
            <source>Generalised Hurst exponent</source>
            <translation>广义 Hurst 指数</translation>
        </message>
        <message>
            <source>q</source>
            <translation>q</translation>
        </message>
        <message>
            <source>h(q)</source>
            <translation>h(q)</translation>
        </message>
        <message>
            <source>h(q): slope of ln F_q(s) against ln s, with its standard error; R^2 (right axis) is the quality of each fit</source>
            <translation>h(q)：ln F_q(s) 对 ln s 的斜率及其标准误差；R^2（右轴）为每次拟合的优度</translation>
        </message>
        <message>
            <source>Mass exponent</source>
            <translation>质量指数</translation>
        </message>
        <message>
            <source>tau(q)</source>
            <translation>tau(q)</translation>
        </message>
        <message>
            <source>tau(q) = q h(q) - 1 (MFDFA) or the slope of ln Z_q(r) against ln(r/d) (network); a straight line means a monofractal</source>
            <translation>tau(q) = q h(q) - 1（MFDFA）或 ln Z_q(r) 对 ln(r/d) 的斜率（网络）；直线表示单分形</translation>
        </message>
        <message>
            <source>Singularity spectrum</source>
            <translation>奇异谱</translation>
        </message>
        <message>
            <source>alpha</source>
            <translation>alpha</translation>
        </message>
        <message>
            <source>f(alpha)</source>
            <translation>f(alpha)</translation>
        </message>
        <message>
            <source>Legendre spectrum: alpha = d tau / d q, f(alpha) = q alpha - tau; its width measures the multifractality</source>
            <translation>Legendre 谱：alpha = d tau / d q，f(alpha) = q alpha - tau；其宽度度量多重分形性</translation>
        </message>
        <message>
            <source>Fluctuation functions</source>
            <translation>涨落函数</translation>
        </message>
        <message>
            <source>The log-log points each exponent is fitted to, with the fitted lines; dashed red lines mark scales where segments with zero variance were left out (labelled: left out / all segments)</source>
            <translation>每个指数所拟合的双对数点及拟合直线；红色虚线标出略去了零方差段的尺度（标注：略去段数 / 全部段数）</translation>
        </message>
        <message>
            <source>ln s (s: segment length in samples)</source>
            <translation>ln s（s：以样本数计的段长）</translation>
        </message>
        <message>
            <source>ln F_q(s)</source>
            <translation>ln F_q(s)</translation>
        </message>
        <message>
            <source>MFDFA undefined: %1</source>
            <translation>MFDFA 无定义：%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;MFDFA&lt;/b&gt;: width max(alpha) - min(alpha) = &lt;b&gt;%1&lt;/b&gt;; %2 scales from %3 to %4 samples</source>
            <translation>&lt;b&gt;MFDFA&lt;/b&gt;：宽度 max(alpha) - min(alpha) = &lt;b&gt;%1&lt;/b&gt;；%2 个尺度，从 %3 到 %4 个样本</translation>
        </message>
        <message>
            <source>Zero-variance segments left out: %1</source>
            <translation>已略去零方差段：%1</translation>
        </message>
        <message>
            <source>Partition sums</source>
            <translation>配分和</translation>
        </message>
        <message>
            <source>ln(r / d)</source>
            <translation>ln(r / d)</translation>
        </message>
        <message>
            <source>ln Z_q(r)</source>
            <translation>ln Z_q(r)</translation>
        </message>
        <message>
            <source>Network spectrum undefined: %1</source>
            <translation>网络谱无定义：%1</translation>
        </message>
        <message>
            <source>alpha_0 = %1</source>
            <translation>alpha_0 = %1</translation>
        </message>
        <message>
            <source>standard error</source>
            <translation>标准误差</translation>
        </message>
        <message>
            <source>q = %1</source>
            <translation>q = %1</translation>
        </message>
        <message>
            <source>Poor power-law fit: R^2 = %1 at q = %2 (below %3). ln Z_q(r) is not a straight line in ln(r/d) over these radii, so tau(q), alpha and f(alpha) are not scaling exponents of this network.</source>
            <translation>幂律拟合较差：q = %2 处 R^2 = %1（低于 %3）。在这些半径上 ln Z_q(r) 关于 ln(r/d) 不是直线，因此 tau(q)、alpha 和 f(alpha) 不是该网络的标度指数。</translation>
        </message>
        <message>
            <source>R^2 below the warning threshold at q = %1</source>
            <translation>在 q = %1 处 R^2 低于警告阈值</translation>
        </message>
        <message>
            <source>crossover (two scaling ranges) at q = %1, break near %2 = %3</source>
            <translation>在 q = %1 处出现交叉（两个标度区间），转折点约在 %2 = %3</translation>
        </message>
        <message>
            <source>%1 flat segment(s): h(q &lt; 0) reflects the flat stretches</source>
            <translation>%1 个平坦段：h(q &lt; 0) 反映的是平坦片段</translation>
        </message>
        <message>
            <source>Fit warnings: %1</source>
            <translation>拟合警告：%1</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>r</source>
            <translation>r</translation>
        </message>
        <message>
            <source>Distances are d_ij = 1/|w_ij| of each node's own out-edges (one hop).</source>
            <translation>距离为每个节点自身出边的 d_ij = 1/|w_ij|（一跳）。</translation>
        </message>
        <message>
            <source>Distances are weighted: d_ij = 1/|w_ij| along shortest paths, w the coupling strength.</source>
            <translation>距离是加权的：沿最短路径的 d_ij = 1/|w_ij|，w 为耦合强度。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Network spectrum&lt;/b&gt; (%5): alpha_0 = &lt;b&gt;%1&lt;/b&gt;, width = &lt;b&gt;%2&lt;/b&gt;; diameter d = %3, %4 radii</source>
            <translation>&lt;b&gt;网络谱&lt;/b&gt;（%5）：alpha_0 = &lt;b&gt;%1&lt;/b&gt;，宽度 = &lt;b&gt;%2&lt;/b&gt;；直径 d = %3，%4 个半径</translation>
        </message>
        <message>
            <source>Fit quality: R^2 &gt;= %1 for every q (lowest at q = %2).</source>
            <translation>拟合质量：对每个 q 均有 R^2 &gt;= %1（最低在 q = %2）。</translation>
        </message>
        <message>
            <source>The official NeuroMFA code would drop this subnetwork: %1</source>
            <translation>官方 NeuroMFA 代码会丢弃此子网络：%1</translation>
        </message>
        <message>
            <source>The log-log plot draws %1 of the %2 q values (q = %3); the fits, tau(q) and the CSV use every q.</source>
            <translation>双对数图只绘制 %2 个 q 值中的 %1 个（q = %3）；拟合、tau(q) 和 CSV 使用所有 q。</translation>
        </message>
    </context>
    <context>
        <name>nd::MultiscaleEntropyTask</name>
        <message>
            <source>Multiscale entropy: null distribution</source>
            <translation>多尺度熵：零分布</translation>
        </message>
        <message>
            <source>Complexity index %1</source>
            <translation>复杂度指数 %1</translation>
        </message>
        <message>
            <source>Complexity index undefined (a scale is undefined)</source>
            <translation>复杂度指数未定义（有尺度未定义）</translation>
        </message>
        <message>
            <source>Change multiscale entropy</source>
            <translation>更改多尺度熵</translation>
        </message>
        <message>
            <source>Scales:</source>
            <translation>尺度数：</translation>
        </message>
        <message>
            <source>Scales 1..S of the coarse-graining</source>
            <translation>粗粒化尺度 1..S</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>方法：</translation>
        </message>
        <message>
            <source>Costa: one coarse-grained series per scale; refined composite: the A and B counts of the s shifted coarse-grained series summed (defined at larger scales)</source>
            <translation>Costa：每个尺度一条粗粒化序列；精细复合：将 s 条平移粗粒化序列的 A 与 B 计数相加（在较大尺度上仍有定义）</translation>
        </message>
        <message>
            <source>Costa</source>
            <translation>Costa</translation>
        </message>
        <message>
            <source>refined composite</source>
            <translation>精细复合</translation>
        </message>
        <message>
            <source>r from:</source>
            <translation>r 取自：</translation>
        </message>
        <message>
            <source>original: r from the original series' standard deviation at every scale (Costa et al.); per scale: from each coarse-grained series</source>
            <translation>原始：各尺度均由原始序列的标准差确定 r（Costa 等）；按尺度：由各粗粒化序列确定</translation>
        </message>
        <message>
            <source>original series</source>
            <translation>原始序列</translation>
        </message>
        <message>
            <source>each scale</source>
            <translation>各尺度</translation>
        </message>
        <message>
            <source>Multiscale entropy</source>
            <translation>多尺度熵</translation>
        </message>
    </context>
    <context>
        <name>nd::MultiscaleEntropyView</name>
        <message>
            <source>scale</source>
            <translation>尺度</translation>
        </message>
        <message>
            <source>sample entropy</source>
            <translation>样本熵</translation>
        </message>
        <message>
            <source>series</source>
            <translation>序列</translation>
        </message>
        <message>
            <source>undefined scale</source>
            <translation>未定义的尺度</translation>
        </message>
        <message>
            <source>surrogates: mean</source>
            <translation>替代数据：均值</translation>
        </message>
        <message>
            <source>surrogates: mean +- SD</source>
            <translation>替代数据：均值 +- SD</translation>
        </message>
        <message>
            <source>Multiscale entropy: the sample entropy of the coarse-grained series at each scale s (means of s consecutive samples; refined composite: the A and B counts of the s shifted coarse-grained series summed). White noise falls with the scale, 1/f noise stays roughly level (Costa et al. 2002)</source>
            <translation>多尺度熵：各尺度 s 上粗粒化序列的样本熵（s 个相邻样本的均值；精细复合：将 s 条平移粗粒化序列的 A 与 B 计数相加）。白噪声随尺度下降，1/f 噪声大致保持不变（Costa 等，2002）</translation>
        </message>
        <message>
            <source>Multiscale entropy</source>
            <translation>多尺度熵</translation>
        </message>
        <message>
            <source>Multiscale entropy (%1, m = %2, r = %3): complexity index %4</source>
            <translation>多尺度熵（%1，m = %2，r = %3）：复杂度指数 %4</translation>
        </message>
        <message>
            <source>Costa</source>
            <translation>Costa</translation>
        </message>
        <message>
            <source>refined composite</source>
            <translation>精细复合</translation>
        </message>
        <message>
            <source>%1 SD</source>
            <translation>%1 SD</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>未定义</translation>
        </message>
    </context>
    <context>
        <name>nd::NetworkSpectrumTask</name>
        <message>
            <source>Change network spectrum</source>
            <translation>更改网络谱</translation>
        </message>
        <message>
            <source>q:</source>
            <translation>q：</translation>
        </message>
        <message>
            <source>Moments q of the partition function, separated by commas or blanks</source>
            <translation>配分函数的矩 q，以逗号或空格分隔</translation>
        </message>
        <message>
            <source>Radii:</source>
            <translation>半径数：</translation>
        </message>
        <message>
            <source>Number of radii r at which the nodes within distance r are counted</source>
            <translation>统计距离 r 以内节点数所用的半径 r 的个数</translation>
        </message>
        <message>
            <source>Network spectrum</source>
            <translation>网络谱</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>方法：</translation>
        </message>
        <message>
            <source>NeuroMFA as its official code (one-hop out-edges), NeuroMFA on shortest paths, the textbook sandbox method, or NeuroDyn's normalised growth (docs/conventions.md)</source>
            <translation>按官方代码的 NeuroMFA（一跳出边）、基于最短路径的 NeuroMFA、教科书式 sandbox 方法，或 NeuroDyn 的归一化增长（docs/conventions.md）</translation>
        </message>
        <message>
            <source>NeuroMFA (code)</source>
            <translation>NeuroMFA（代码）</translation>
        </message>
        <message>
            <source>NeuroMFA (paths)</source>
            <translation>NeuroMFA（路径）</translation>
        </message>
        <message>
            <source>sandbox</source>
            <translation>sandbox</translation>
        </message>
        <message>
            <source>normalised growth</source>
            <translation>归一化增长</translation>
        </message>
        <message>
            <source>d max:</source>
            <translation>d max：</translation>
        </message>
        <message>
            <source>NeuroMFA keeps distances d with 1 &lt; d &lt;= d max (official code: 150)</source>
            <translation>NeuroMFA 保留满足 1 &lt; d &lt;= d max 的距离 d（官方代码：150）</translation>
        </message>
        <message>
            <source>Edges &gt;</source>
            <translation>边数 &gt;</translation>
        </message>
        <message>
            <source>NeuroMFA keeps a node with more than this many kept distances (official code: 10)</source>
            <translation>NeuroMFA 保留所保留距离数多于此值的节点（官方代码：10）</translation>
        </message>
        <message>
            <source>Decimals:</source>
            <translation>小数位：</translation>
        </message>
        <message>
            <source>NeuroMFA rounds distances to this many decimals (official code: 0, integers)</source>
            <translation>NeuroMFA 将距离四舍五入到此位小数（官方代码：0，即整数）</translation>
        </message>
        <message>
            <source>Filter:</source>
            <translation>筛选：</translation>
        </message>
        <message>
            <source>Which subnetworks the official code drops (the result says whether this one passes): none, f(alpha) &gt; 0, alpha not largest at the first q, or both</source>
            <translation>官方代码丢弃哪些子网络（结果会说明本子网络是否通过）：无、f(alpha) &gt; 0、alpha 在第一个 q 处不是最大，或两者</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>f &gt; 0</source>
            <translation>f &gt; 0</translation>
        </message>
        <message>
            <source>alpha</source>
            <translation>alpha</translation>
        </message>
        <message>
            <source>both</source>
            <translation>两者</translation>
        </message>
        <message>
            <source>Centres:</source>
            <translation>中心：</translation>
        </message>
        <message>
            <source>Sandbox centres drawn by the seed; 0: every node</source>
            <translation>按种子抽取的 sandbox 中心；0：所有节点</translation>
        </message>
    </context>
    <context>
        <name>nd::NeuroMfaTask</name>
        <message>
            <source>Change NeuroMFA</source>
            <translation>更改 NeuroMFA</translation>
        </message>
        <message>
            <source>Checkpoints:</source>
            <translation>检查点：</translation>
        </message>
        <message>
            <source>Checkpoint files (.safetensors, .npz, .npy) or folders of them, separated by ';'; the training step is read from each file name (step1000.safetensors). Relative paths are relative to the study file's folder.</source>
            <translation>检查点文件（.safetensors、.npz、.npy）或其所在文件夹，以 ';' 分隔；训练步数从每个文件名中读取（step1000.safetensors）。相对路径相对于研究文件所在的文件夹。</translation>
        </message>
        <message>
            <source>Files...</source>
            <translation>文件...</translation>
        </message>
        <message>
            <source>Choose checkpoint files</source>
            <translation>选择检查点文件</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>检查点</translation>
        </message>
        <message>
            <source>Weight files (*.safetensors *.npz *.npy);;All files (*)</source>
            <translation>权重文件 (*.safetensors *.npz *.npy);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Folder...</source>
            <translation>文件夹...</translation>
        </message>
        <message>
            <source>Choose a folder of checkpoints</source>
            <translation>选择检查点所在的文件夹</translation>
        </message>
        <message>
            <source>Folder of checkpoints</source>
            <translation>检查点文件夹</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>方法：</translation>
        </message>
        <message>
            <source>Spectrum estimator: NeuroMFA as its official code (one-hop out-edges, the default), NeuroMFA on shortest paths, the textbook sandbox method, or NeuroDyn's normalised growth</source>
            <translation>谱估计方法：官方代码的 NeuroMFA（单跳出边，默认）、基于最短路径的 NeuroMFA、教科书的沙盒法，或 NeuroDyn 的归一化增长</translation>
        </message>
        <message>
            <source>NeuroMFA (code)</source>
            <translation>NeuroMFA（代码）</translation>
        </message>
        <message>
            <source>NeuroMFA (paths)</source>
            <translation>NeuroMFA（路径）</translation>
        </message>
        <message>
            <source>sandbox</source>
            <translation>sandbox</translation>
        </message>
        <message>
            <source>normalised growth</source>
            <translation>归一化增长</translation>
        </message>
        <message>
            <source>s:</source>
            <translation>s：</translation>
        </message>
        <message>
            <source>Neurons sampled per layer (the official code: 32, or 64 in 2024)</source>
            <translation>每层抽样的神经元数（官方代码：32，2024 年为 64）</translation>
        </message>
        <message>
            <source>R:</source>
            <translation>R：</translation>
        </message>
        <message>
            <source>Subnetworks per checkpoint (seeds first seed, first seed + 1, ...)</source>
            <translation>每个检查点的子网络数（种子为首个种子、首个种子 + 1、……）</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>种子：</translation>
        </message>
        <message>
            <source>Seed of the first subnetwork; every checkpoint samples the same neurons</source>
            <translation>第一个子网络的种子；每个检查点抽取相同的神经元</translation>
        </message>
        <message>
            <source>Scores:</source>
            <translation>评测分数：</translation>
        </message>
        <message>
            <source>Optional CSV of benchmark scores: the step first, one column per benchmark; E is drawn against them</source>
            <translation>可选的基准分数 CSV：第一列为步数，每个基准一列；E 将与其对照绘制</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>选择...</translation>
        </message>
        <message>
            <source>Choose the scores file</source>
            <translation>选择分数文件</translation>
        </message>
        <message>
            <source>Benchmark scores</source>
            <translation>基准分数</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>NeuroMFA</source>
            <translation>NeuroMFA</translation>
        </message>
    </context>
    <context>
        <name>nd::NodeListEdit</name>
        <message>
            <source>Add a node at the end of the chain (same map as the last node)</source>
            <translation>在链末尾添加一个节点（与最后一个节点使用相同映射）</translation>
        </message>
        <message>
            <source>Remove the last node of the chain</source>
            <translation>移除链的最后一个节点</translation>
        </message>
    </context>
    <context>
        <name>nd::NodeOverridesEditor</name>
        <message>
            <source>Node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Parameters that single nodes use instead of the shared value</source>
            <translation>单个节点用来替代共享值的参数</translation>
        </message>
        <message>
            <source>Node whose parameter is set (0 is the hub of a ring-star)</source>
            <translation>要设置参数的节点（0 是环-星网络的中心节点）</translation>
        </message>
        <message>
            <source>Parameter of that node's map</source>
            <translation>该节点映射的参数</translation>
        </message>
        <message>
            <source>Value this node uses instead of the shared one</source>
            <translation>此节点用来替代共享值的值</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Give the node this value (replaces an override of the same parameter)</source>
            <translation>为该节点设置此值（替换同一参数的已有覆盖值）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected override: the node uses the shared value again</source>
            <translation>移除所选覆盖值：该节点重新使用共享值</translation>
        </message>
    </context>
    <context>
        <name>nd::NullHistogramView</name>
        <message>
            <source>The measure's scalar on each surrogate (histogram) and on the series (red line); p counts the series among the surrogates, on the stated tail</source>
            <translation>度量标量在每个替代数据上的值（直方图）和在序列上的值（红线）；p 把序列计入替代数据中，按所述尾侧计算</translation>
        </message>
        <message>
            <source>No defined value: %1</source>
            <translation>没有已定义的值：%1</translation>
        </message>
        <message>
            <source>p = %1 (%2 tail) against %3 of %4 %5 surrogates</source>
            <translation>p = %1（%2 尾侧），对照 %4 个 %5 替代数据中的 %3 个</translation>
        </message>
        <message>
            <source>p undefined (%1 tail, %2 %3 surrogates): %4</source>
            <translation>p 未定义（%1 尾侧，%2 个 %3 替代数据）：%4</translation>
        </message>
        <message>
            <source>Surrogate null distribution</source>
            <translation>替代数据零分布</translation>
        </message>
        <message>
            <source>Null distribution of %1: %2</source>
            <translation>%1 的零分布：%2</translation>
        </message>
        <message>
            <source>surrogates</source>
            <translation>替代数据</translation>
        </message>
        <message>
            <source>observed %1</source>
            <translation>观测值 %1</translation>
        </message>
    </context>
    <context>
        <name>nd::OrbitDiagramTask</name>
        <message>
            <source>Set %1 from the orbit diagram</source>
            <translation>从轨道图设置 %1</translation>
        </message>
        <message>
            <source>Orbit diagram: the orbit escaped in %1 columns</source>
            <translation>轨道图：有 %1 列的轨道发散逃逸</translation>
        </message>
        <message>
            <source>Change orbit diagram</source>
            <translation>修改轨道图</translation>
        </message>
        <message>
            <source>Sweep:</source>
            <translation>扫描：</translation>
        </message>
        <message>
            <source>Parameter swept along the horizontal axis</source>
            <translation>沿横轴扫描的参数</translation>
        </message>
        <message>
            <source>Plot:</source>
            <translation>绘制：</translation>
        </message>
        <message>
            <source>Columns:</source>
            <translation>列数：</translation>
        </message>
        <message>
            <source>Number of parameter values (columns of the raster)</source>
            <translation>参数取值个数（栅格的列数）</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>暂态步数：</translation>
        </message>
        <message>
            <source>Steps iterated and discarded before sampling each column</source>
            <translation>每列采样前迭代并丢弃的步数</translation>
        </message>
        <message>
            <source>Samples:</source>
            <translation>采样数：</translation>
        </message>
        <message>
            <source>Values recorded per column</source>
            <translation>每列记录的取值数</translation>
        </message>
        <message>
            <source>Back to the previous window of the diagram (zoom)</source>
            <translation>返回图的上一个视窗（缩放）</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>后退</translation>
        </message>
        <message>
            <source>Forward to the next window of the diagram (zoom)</source>
            <translation>前进到图的下一个视窗（缩放）</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>前进</translation>
        </message>
        <message>
            <source>Full Range</source>
            <translation>完整范围</translation>
        </message>
        <message>
            <source>Back to the window the study was opened with (for another swept parameter: its whole typical range)</source>
            <translation>回到打开研究时的视窗（若扫描的是另一个参数：其完整典型范围）</translation>
        </message>
        <message>
            <source>Zoom orbit diagram</source>
            <translation>缩放轨道图</translation>
        </message>
        <message>
            <source>Orbit diagram</source>
            <translation>轨道图</translation>
        </message>
        <message>
            <source>State variable whose values are plotted (R: the order parameter)</source>
            <translation>绘制其取值的状态变量（R：序参量）</translation>
        </message>
    </context>
    <context>
        <name>nd::OrbitDiagramView</name>
        <message>
            <source>Orbit diagram</source>
            <translation>轨道图</translation>
        </message>
        <message>
            <source>density</source>
            <translation>密度</translation>
        </message>
        <message>
            <source>Orbit diagram: drag a rectangle to zoom in (right click: back); Ctrl+click sets the swept parameter to the column under the cursor.</source>
            <translation>轨道图：拖动矩形可放大（右键：返回）；Ctrl+单击将扫描参数设为光标所在列的值。</translation>
        </message>
        <message>
            <source>%1 = %2, density %3</source>
            <translation>%1 = %2，密度 %3</translation>
        </message>
        <message>
            <source>%1 the orbit escaped (beyond the escape bound) in %2 of %3 columns</source>
            <translation>%1 轨道在 %3 列中的 %2 列逃逸（超出逃逸界限）</translation>
        </message>
        <message>
            <source>the orbit escaped in this column</source>
            <translation>轨道在此列逃逸</translation>
        </message>
    </context>
    <context>
        <name>nd::OrderParameterView</name>
        <message>
            <source>step n</source>
            <translation>步 n</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Order parameter R(n)</source>
            <translation>序参量 R(n)</translation>
        </message>
        <message>
            <source>R(n), time mean %1</source>
            <translation>R(n)，时间均值 %1</translation>
        </message>
        <message>
            <source>mean R = %1</source>
            <translation>R 均值 = %1</translation>
        </message>
        <message>
            <source>Shown for networks of oscillators (Kuramoto, AKOrN)</source>
            <translation>仅对振子网络显示（Kuramoto、AKOrN）</translation>
        </message>
    </context>
    <context>
        <name>nd::ParameterPanel</name>
        <message>
            <source>%1 (valid range %2 to %3)</source>
            <translation>%1（有效范围 %2 至 %3）</translation>
        </message>
        <message>
            <source>Initial value of %1</source>
            <translation>%1 的初值</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Initial state</source>
            <translation>初始状态</translation>
        </message>
    </context>
    <context>
        <name>nd::ParameterPlaneView</name>
        <message>
            <source>Parameter scan</source>
            <translation>参数扫描</translation>
        </message>
        <message>
            <source>%1 undefined: %2   %3 escaped: %4</source>
            <translation>%1 无定义：%2   %3 逃逸：%4</translation>
        </message>
        <message>
            <source>not computed yet: %1</source>
            <translation>尚未计算：%1</translation>
        </message>
        <message>
            <source>%1
%2 = %3</source>
            <translation>%1
%2 = %3</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>%1
undefined: %2</source>
            <translation>%1
无定义：%2</translation>
        </message>
        <message>
            <source>%1
escaped: %2</source>
            <translation>%1
逃逸：%2</translation>
        </message>
        <message>
            <source>%1
not computed yet</source>
            <translation>%1
尚未计算</translation>
        </message>
        <message>
            <source>Parameter scan: each cell is one run of the model at those parameter values. Light grey: undefined; dark grey: the orbit escaped; blank: not computed yet. Click a cell to use its parameter values; the dashed lines mark the current ones. Right click: colour range.</source>
            <translation>参数扫描：每个单元格是模型在这些参数值下的一次运行。浅灰色：无定义；深灰色：轨道逃逸；空白：尚未计算。单击单元格可使用其参数值；虚线标出当前参数值。右键：颜色范围。</translation>
        </message>
        <message>
            <source>outside the colour range (end colours): %1</source>
            <translation>超出颜色范围（端点颜色）：%1</translation>
        </message>
        <message>
            <source>Set colour range...</source>
            <translation>设置颜色范围…</translation>
        </message>
        <message>
            <source>Automatic colour range (1st to 99th percentile)</source>
            <translation>自动颜色范围（第 1 至第 99 百分位）</translation>
        </message>
        <message>
            <source>Colour range</source>
            <translation>颜色范围</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>到(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>nd::ParameterScanTask</name>
        <message>
            <source>Set %1 from the parameter plane</source>
            <translation>从参数平面设置 %1</translation>
        </message>
        <message>
            <source>Set %1 and %2 from the parameter plane</source>
            <translation>从参数平面设置 %1 和 %2</translation>
        </message>
        <message>
            <source>largest Lyapunov exponent</source>
            <translation>最大李雅普诺夫指数</translation>
        </message>
        <message>
            <source>period</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>escape</source>
            <translation>逃逸</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>均值</translation>
        </message>
        <message>
            <source>spike rate</source>
            <translation>放电率</translation>
        </message>
        <message>
            <source>0-1 test K</source>
            <translation>0-1 检验 K</translation>
        </message>
        <message>
            <source>sample entropy</source>
            <translation>样本熵</translation>
        </message>
        <message>
            <source>Change parameter scan</source>
            <translation>更改参数扫描</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>度量：</translation>
        </message>
        <message>
            <source>The quantity computed at every point of the scan</source>
            <translation>在扫描的每个点上计算的量</translation>
        </message>
        <message>
            <source>of:</source>
            <translation>变量：</translation>
        </message>
        <message>
            <source>The variable the measure reads (node measures: the per-node variable)</source>
            <translation>度量所读取的变量（节点度量：每个节点的变量）</translation>
        </message>
        <message>
            <source>x:</source>
            <translation>x：</translation>
        </message>
        <message>
            <source>Parameter on the horizontal axis</source>
            <translation>横轴上的参数</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>First value of the horizontal parameter</source>
            <translation>横轴参数的第一个值</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Last value of the horizontal parameter</source>
            <translation>横轴参数的最后一个值</translation>
        </message>
        <message>
            <source>cells</source>
            <translation>格数</translation>
        </message>
        <message>
            <source>Number of values along the horizontal axis</source>
            <translation>沿横轴的取值个数</translation>
        </message>
        <message>
            <source>2-D</source>
            <translation>二维</translation>
        </message>
        <message>
            <source>Scan a second parameter on the vertical axis (a grid instead of a line)</source>
            <translation>在纵轴上扫描第二个参数（网格而非直线）</translation>
        </message>
        <message>
            <source>y:</source>
            <translation>y：</translation>
        </message>
        <message>
            <source>Parameter on the vertical axis</source>
            <translation>纵轴上的参数</translation>
        </message>
        <message>
            <source>First value of the vertical parameter</source>
            <translation>纵轴参数的第一个值</translation>
        </message>
        <message>
            <source>Last value of the vertical parameter</source>
            <translation>纵轴参数的最后一个值</translation>
        </message>
        <message>
            <source>Number of values along the vertical axis</source>
            <translation>沿纵轴的取值个数</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>暂态步数：</translation>
        </message>
        <message>
            <source>Iterations discarded at every point before measuring</source>
            <translation>每个点在测量前舍弃的迭代次数</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>步数：</translation>
        </message>
        <message>
            <source>Iterations measured at every point</source>
            <translation>每个点上测量的迭代次数</translation>
        </message>
        <message>
            <source>Parameter plane</source>
            <translation>参数平面</translation>
        </message>
        <message>
            <source>cross-correlation</source>
            <translation>互相关</translation>
        </message>
        <message>
            <source>Kuramoto R</source>
            <translation>Kuramoto R</translation>
        </message>
        <message>
            <source>cross-correlation (%1)</source>
            <translation>互相关（%1）</translation>
        </message>
        <message>
            <source>Kuramoto R (%1 phases)</source>
            <translation>Kuramoto R（%1 相位）</translation>
        </message>
        <message>
            <source>correlation:</source>
            <translation>相关：</translation>
        </message>
        <message>
            <source>Cross-correlation: the mean of the hub's correlations with every other node, the mean over all pairs, or the mean over the ring's neighbouring pairs</source>
            <translation>互相关：中心与其他每个节点相关系数的均值、所有节点对的均值，或环上相邻节点对的均值</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>中心</translation>
        </message>
        <message>
            <source>all pairs</source>
            <translation>所有节点对</translation>
        </message>
        <message>
            <source>ring neighbours</source>
            <translation>环上邻居</translation>
        </message>
        <message>
            <source>hub:</source>
            <translation>中心：</translation>
        </message>
        <message>
            <source>Cross-correlation: the hub node (from 0)</source>
            <translation>互相关：中心节点（从 0 开始）</translation>
        </message>
        <message>
            <source>phases:</source>
            <translation>相位：</translation>
        </message>
        <message>
            <source>Kuramoto R: phases from spike times, the angle of (x, y) about their means (centred), atan2(y, x) (arctan), the analytic signal of x (Hilbert), or the variable itself (phase oscillators only)</source>
            <translation>Kuramoto R：相位取自放电时刻、(x, y) 相对其均值的角度（中心化）、atan2(y, x)（arctan）、x 的解析信号（希尔伯特），或直接取该变量（仅限相位振子）</translation>
        </message>
        <message>
            <source>spike</source>
            <translation>放电</translation>
        </message>
        <message>
            <source>centred</source>
            <translation>中心化</translation>
        </message>
        <message>
            <source>arctan</source>
            <translation>arctan</translation>
        </message>
        <message>
            <source>Hilbert</source>
            <translation>希尔伯特</translation>
        </message>
        <message>
            <source>given</source>
            <translation>给定</translation>
        </message>
        <message>
            <source>Kuramoto R with centred or arctan phases: the second per-node variable</source>
            <translation>使用中心化或 arctan 相位的 Kuramoto R：第二个逐节点变量</translation>
        </message>
        <message>
            <source>Change colour range</source>
            <translation>更改颜色范围</translation>
        </message>
    </context>
    <context>
        <name>nd::PermutationEntropyTask</name>
        <message>
            <source>Permutation entropy: null distribution</source>
            <translation>排列熵：零分布</translation>
        </message>
        <message>
            <source>Permutation entropy %1</source>
            <translation>排列熵 %1</translation>
        </message>
        <message>
            <source>Permutation entropy undefined: %1</source>
            <translation>排列熵未定义：%1</translation>
        </message>
        <message>
            <source>Change permutation entropy</source>
            <translation>更改排列熵</translation>
        </message>
        <message>
            <source>Order d of the ordinal patterns (d! patterns)</source>
            <translation>序数模式的阶数 d（共 d! 种模式）</translation>
        </message>
        <message>
            <source>Delay tau between a pattern's samples</source>
            <translation>模式中相邻样本间的延迟 tau</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>加权</translation>
        </message>
        <message>
            <source>Each window counts with the variance of its values (Fadlallah et al. 2013), so small fluctuations weigh less</source>
            <translation>每个窗口按其数值的方差计权（Fadlallah 等，2013），使小幅波动权重较小</translation>
        </message>
        <message>
            <source>Normalised</source>
            <translation>归一化</translation>
        </message>
        <message>
            <source>Divide by ln d!, the entropy of all patterns equally likely (0 to 1)</source>
            <translation>除以 ln d!，即所有模式等概率时的熵（0 到 1）</translation>
        </message>
        <message>
            <source>Permutation entropy</source>
            <translation>排列熵</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>阶</translation>
        </message>
        <message>
            <source>Delay</source>
            <translation>延迟</translation>
        </message>
    </context>
    <context>
        <name>nd::PhaseCircleView</name>
        <message>
            <source>Phases on the unit circle</source>
            <translation>单位圆上的相位</translation>
        </message>
        <message>
            <source>Phases at step %1, R = %2</source>
            <translation>第 %1 步的相位，R = %2</translation>
        </message>
        <message>
            <source>Shown for networks of oscillators (Kuramoto, AKOrN)</source>
            <translation>仅对振子网络显示（Kuramoto、AKOrN）</translation>
        </message>
    </context>
    <context>
        <name>nd::PhasePortraitView</name>
        <message>
            <source>Phase portrait</source>
            <translation>相图</translation>
        </message>
        <message>
            <source>%1(n)</source>
            <translation>%1(n)</translation>
        </message>
        <message>
            <source>%1(n+1)</source>
            <translation>%1(n+1)</translation>
        </message>
        <message>
            <source>%1 wrapped to (−π, π]</source>
            <translation>%1 折回到 (−π, π]</translation>
        </message>
    </context>
    <context>
        <name>nd::PhaseSettingsBar</name>
        <message>
            <source>Cobweb</source>
            <translation>蛛网图</translation>
        </message>
        <message>
            <source>Horizontal:</source>
            <translation>横轴：</translation>
        </message>
        <message>
            <source>Vertical:</source>
            <translation>纵轴：</translation>
        </message>
        <message>
            <source>State variable on the horizontal axis</source>
            <translation>横轴上的状态变量</translation>
        </message>
        <message>
            <source>State variable on the vertical axis</source>
            <translation>纵轴上的状态变量</translation>
        </message>
        <message>
            <source>For one-dimensional maps: draw the cobweb of the first steps over the return map</source>
            <translation>对一维映射：在回归映射上绘制前若干步的蛛网图</translation>
        </message>
        <message>
            <source>Change phase portrait</source>
            <translation>修改相图</translation>
        </message>
    </context>
    <context>
        <name>nd::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>Language of the user interface; applies as soon as you press OK</source>
            <translation>用户界面的语言；按下“确定”后立即生效</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>全部核心（%1）</translation>
        </message>
        <message>
            <source>Worker threads for analyses such as orbit diagrams</source>
            <translation>轨道图等分析所用的工作线程数</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> 毫米</translation>
        </message>
        <message>
            <source>Width of exported figures</source>
            <translation>导出图形的宽度</translation>
        </message>
        <message>
            <source>Height of exported figures</source>
            <translation>导出图形的高度</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>Resolution of exported PNG images (SVG and PDF are vector graphics)</source>
            <translation>导出 PNG 图像的分辨率（SVG 和 PDF 为矢量图）</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Worker &amp;threads:</source>
            <translation>工作线程(&amp;T)：</translation>
        </message>
        <message>
            <source>Export &amp;width:</source>
            <translation>导出宽度(&amp;W)：</translation>
        </message>
        <message>
            <source>Export &amp;height:</source>
            <translation>导出高度(&amp;H)：</translation>
        </message>
        <message>
            <source>Export &amp;resolution:</source>
            <translation>导出分辨率(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Colour map:</source>
            <translation>色图(&amp;C)：</translation>
        </message>
        <message>
            <source>Colour map of parameter planes and space-time plots, and of orbit diagrams drawn bright on black</source>
            <translation>参数平面和时空图的色图，以及黑底亮色轨道图的色图</translation>
        </message>
        <message>
            <source>How orbit diagrams are drawn: either way the densest bins (periodic orbits, fixed points) stand out most against the background</source>
            <translation>轨道图的绘制方式：两种方式下最密集的区间（周期轨道、不动点）都与背景对比最强</translation>
        </message>
        <message>
            <source>&amp;Orbit diagrams:</source>
            <translation>轨道图(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>nd::RangeSpinBox</name>
        <message>
            <source>%1 is outside the valid range %2 to %3: set to %4</source>
            <translation>%1 超出有效范围 %2 到 %3：已设为 %4</translation>
        </message>
    </context>
    <context>
        <name>nd::RecurrencePlotView</name>
        <message>
            <source>Recurrence plot</source>
            <translation>递归图</translation>
        </message>
        <message>
            <source>i (embedded vector)</source>
            <translation>i（嵌入向量）</translation>
        </message>
        <message>
            <source>j (embedded vector)</source>
            <translation>j（嵌入向量）</translation>
        </message>
        <message>
            <source>recurrent fraction</source>
            <translation>递归比例</translation>
        </message>
        <message>
            <source>Recurrence plot: a dark cell where the states at times i and j are within eps of each other; large matrices are drawn in blocks, each shaded by its fraction of recurrences.</source>
            <translation>递归图：时刻 i 与 j 的状态相距不超过 eps 时该格为深色；大矩阵按块绘制，每块按其递归比例着色。</translation>
        </message>
    </context>
    <context>
        <name>nd::RqaPanel</name>
        <message>
            <source>undefined</source>
            <translation>未定义</translation>
        </message>
        <message>
            <source>given</source>
            <translation>给定</translation>
        </message>
        <message>
            <source>No embedding: %1</source>
            <translation>无嵌入：%1</translation>
        </message>
        <message>
            <source>m = %1 (%2), tau = %3 (%4)</source>
            <translation>m = %1（%2），tau = %3（%4）</translation>
        </message>
        <message>
            <source>Windowed RQA: %1 windows, %2</source>
            <translation>分窗 RQA：%1 个窗口，%2</translation>
        </message>
        <message>
            <source>Recurrence plot, %1</source>
            <translation>递归图，%1</translation>
        </message>
        <message>
            <source>RR = %1, DET = %2, L_max = %3, L_mean = %4, ENTR = %5, LAM = %6, TT = %7 (eps = %8; %9)</source>
            <translation>RR = %1，DET = %2，L_max = %3，L_mean = %4，ENTR = %5，LAM = %6，TT = %7（eps = %8；%9）</translation>
        </message>
    </context>
    <context>
        <name>nd::RqaTask</name>
        <message>
            <source>Windowed RQA</source>
            <translation>分窗 RQA</translation>
        </message>
        <message>
            <source>RQA: null distribution</source>
            <translation>RQA：零分布</translation>
        </message>
        <message>
            <source>Change recurrence quantification</source>
            <translation>更改递归定量分析</translation>
        </message>
        <message>
            <source>Embedding dimension</source>
            <translation>嵌入维数</translation>
        </message>
        <message>
            <source>Embedding delay in samples</source>
            <translation>嵌入延迟（样本数）</translation>
        </message>
        <message>
            <source>eps:</source>
            <translation>eps：</translation>
        </message>
        <message>
            <source>Threshold: a distance, a fraction of the standard deviation or a recurrence rate</source>
            <translation>阈值：距离、标准差的比例或递归率</translation>
        </message>
        <message>
            <source>eps is:</source>
            <translation>eps 为：</translation>
        </message>
        <message>
            <source>How eps is read: an absolute distance, a fraction of the SD, or a recurrence rate</source>
            <translation>eps 的含义：绝对距离、标准差的比例或递归率</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>绝对</translation>
        </message>
        <message>
            <source>fraction of SD</source>
            <translation>标准差比例</translation>
        </message>
        <message>
            <source>recurrence rate</source>
            <translation>递归率</translation>
        </message>
        <message>
            <source>Norm:</source>
            <translation>范数：</translation>
        </message>
        <message>
            <source>Distance between embedded vectors</source>
            <translation>嵌入向量之间的距离</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>最大值</translation>
        </message>
        <message>
            <source>Euclidean</source>
            <translation>欧几里得</translation>
        </message>
        <message>
            <source>Theiler:</source>
            <translation>Theiler：</translation>
        </message>
        <message>
            <source>Pairs closer in time than this are left out (1: the main diagonal only)</source>
            <translation>时间上比此更近的点对被排除（1：仅主对角线）</translation>
        </message>
        <message>
            <source>l_min:</source>
            <translation>l_min：</translation>
        </message>
        <message>
            <source>Shortest diagonal line DET, L_mean and ENTR count</source>
            <translation>DET、L_mean 和 ENTR 计入的最短对角线</translation>
        </message>
        <message>
            <source>v_min:</source>
            <translation>v_min：</translation>
        </message>
        <message>
            <source>Shortest vertical line LAM and TT count</source>
            <translation>LAM 和 TT 计入的最短垂直线</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>窗口：</translation>
        </message>
        <message>
            <source>Samples per window of the windowed RQA (0: the whole series, with its plot)</source>
            <translation>分窗 RQA 每个窗口的样本数（0：整个序列及其递归图）</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>步长：</translation>
        </message>
        <message>
            <source>Samples between window starts (0: the window)</source>
            <translation>窗口起点之间的样本数（0：等于窗口）</translation>
        </message>
        <message>
            <source>Recurrence quantification</source>
            <translation>递归定量分析</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>tau</source>
            <translation>tau</translation>
        </message>
    </context>
    <context>
        <name>nd::SampleEntropyTask</name>
        <message>
            <source>Change sample entropy</source>
            <translation>更改样本熵</translation>
        </message>
        <message>
            <source>Template length</source>
            <translation>模板长度</translation>
        </message>
        <message>
            <source>r:</source>
            <translation>r：</translation>
        </message>
        <message>
            <source>Tolerance: absolute, or a fraction of the standard deviation</source>
            <translation>容差：绝对值，或标准差的比例</translation>
        </message>
        <message>
            <source>r is:</source>
            <translation>r 为：</translation>
        </message>
        <message>
            <source>Whether r is an absolute distance or a fraction of the standard deviation</source>
            <translation>r 是绝对距离还是标准差的比例</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>绝对</translation>
        </message>
        <message>
            <source>fraction of SD</source>
            <translation>标准差比例</translation>
        </message>
        <message>
            <source>Match:</source>
            <translation>匹配：</translation>
        </message>
        <message>
            <source>Templates match when their Chebyshev distance is &lt;= r or &lt; r</source>
            <translation>模板的切比雪夫距离 &lt;= r 或 &lt; r 时视为匹配</translation>
        </message>
        <message>
            <source>&lt;= r</source>
            <translation>&lt;= r</translation>
        </message>
        <message>
            <source>&lt; r</source>
            <translation>&lt; r</translation>
        </message>
        <message>
            <source>Delay between the samples of a template</source>
            <translation>模板中各样本之间的延迟</translation>
        </message>
        <message>
            <source>Sample entropy</source>
            <translation>样本熵</translation>
        </message>
        <message>
            <source>Sample entropy: null distribution</source>
            <translation>样本熵：零分布</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>Lag</source>
            <translation>延迟</translation>
        </message>
    </context>
    <context>
        <name>nd::SampleEntropyView</name>
        <message>
            <source>Sample entropy</source>
            <translation>样本熵</translation>
        </message>
        <message>
            <source>Sample entropy SampEn = -ln(A/B): B counts pairs of length-m templates within r of each other (Chebyshev distance), A the same for length m + 1, self-matches excluded</source>
            <translation>样本熵 SampEn = -ln(A/B)：B 统计彼此距离不超过 r（切比雪夫距离）的长度为 m 的模板对数，A 对长度 m + 1 做同样统计，不计自身匹配</translation>
        </message>
        <message>
            <source>undefined: %1</source>
            <translation>无定义：%1</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>A (matching pairs of length m + 1)</source>
            <translation>A（长度 m + 1 的匹配对数）</translation>
        </message>
        <message>
            <source>B (matching pairs of length m)</source>
            <translation>B（长度 m 的匹配对数）</translation>
        </message>
        <message>
            <source>Template length m</source>
            <translation>模板长度 m</translation>
        </message>
        <message>
            <source>Lag</source>
            <translation>延迟</translation>
        </message>
        <message>
            <source>Tolerance r as given</source>
            <translation>给定的容差 r</translation>
        </message>
        <message>
            <source>%1 x standard deviation</source>
            <translation>%1 × 标准差</translation>
        </message>
        <message>
            <source>%1 (absolute)</source>
            <translation>%1（绝对）</translation>
        </message>
        <message>
            <source>Tolerance kind</source>
            <translation>容差类型</translation>
        </message>
        <message>
            <source>fraction of the standard deviation</source>
            <translation>标准差的比例</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>绝对</translation>
        </message>
        <message>
            <source>Tolerance r applied (absolute)</source>
            <translation>实际使用的容差 r（绝对）</translation>
        </message>
        <message>
            <source>Standard deviation of the series</source>
            <translation>序列的标准差</translation>
        </message>
        <message>
            <source>ddof (divisor N - ddof)</source>
            <translation>ddof（除数 N - ddof）</translation>
        </message>
        <message>
            <source>Match rule</source>
            <translation>匹配规则</translation>
        </message>
        <message>
            <source>|x_i - x_j| &lt;= r</source>
            <translation>|x_i - x_j| &lt;= r</translation>
        </message>
        <message>
            <source>|x_i - x_j| &lt; r</source>
            <translation>|x_i - x_j| &lt; r</translation>
        </message>
        <message>
            <source>Template count</source>
            <translation>模板计数</translation>
        </message>
        <message>
            <source>shared starts: A and B over the same N - m lag templates</source>
            <translation>共同起点：A 与 B 基于同样的 N - m lag 个模板</translation>
        </message>
        <message>
            <source>all templates: B over N - (m - 1) lag, A over N - m lag</source>
            <translation>全部模板：B 基于 N - (m - 1) lag 个，A 基于 N - m lag 个</translation>
        </message>
        <message>
            <source>Templates counted for A</source>
            <translation>A 计入的模板数</translation>
        </message>
        <message>
            <source>Templates counted for B</source>
            <translation>B 计入的模板数</translation>
        </message>
        <message>
            <source>%1 (chosen by %2)</source>
            <translation>%1（由 %2 选出）</translation>
        </message>
        <message>
            <source>Chosen from the series</source>
            <translation>从序列中选出</translation>
        </message>
    </context>
    <context>
        <name>nd::SettingsBar</name>
        <message>
            <source>'%1' is not a valid value here</source>
            <translation>'%1' 在此不是有效值</translation>
        </message>
        <message>
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <source>Variable:</source>
            <translation>变量：</translation>
        </message>
        <message>
            <source>State variable whose time series is measured</source>
            <translation>测量其时间序列的状态变量</translation>
        </message>
    </context>
    <context>
        <name>nd::SettingsForm</name>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>Note: with the linear form the triadic term is pairwise coupling in disguise: summed over the triangles at a node, sigma2 (x_j + x_k - 2 x_i) adds sigma2 times the number of triangles two nodes share to their pairwise weight (in K4 with all triangles: sigma1 + 2 sigma2), whatever the nodes. The product and cubic forms are higher-order coupling.</source>
            <translation>注意：在线性形式下，三元项实为伪装的成对耦合：在一个节点的所有三角形上求和后，sigma2 (x_j + x_k - 2 x_i) 会给两个节点的成对权重加上 sigma2 乘以它们共有的三角形数（在包含所有三角形的 K4 中：sigma1 + 2 sigma2），与节点无关。乘积形式和三次形式才是高阶耦合。</translation>
        </message>
    </context>
    <context>
        <name>nd::SimulationBar</name>
        <message>
            <source>Change simulation</source>
            <translation>修改模拟</translation>
        </message>
        <message>
            <source>Samples:</source>
            <translation>采样数：</translation>
        </message>
        <message>
            <source>States recorded for the time series, the phase portrait and the measures of the series (0-1 test, sample entropy, MFDFA)</source>
            <translation>为时间序列、相图以及序列度量（0-1 检验、样本熵、MFDFA）记录的状态数</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>暂态步数：</translation>
        </message>
        <message>
            <source>Steps iterated and discarded before the first recorded state</source>
            <translation>在记录第一个状态之前迭代并丢弃的步数</translation>
        </message>
        <message>
            <source>Stride:</source>
            <translation>步长：</translation>
        </message>
        <message>
            <source>Steps between two recorded states: k records every k-th step (subsamples the series)</source>
            <translation>两个记录状态之间的步数：k 表示每隔 k 步记录一次（对序列降采样）</translation>
        </message>
    </context>
    <context>
        <name>nd::SpaceTimeView</name>
        <message>
            <source>Space-time plot</source>
            <translation>时空图</translation>
        </message>
        <message>
            <source>step n</source>
            <translation>步 n</translation>
        </message>
        <message>
            <source>node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>sin(phase)</source>
            <translation>sin(相位)</translation>
        </message>
    </context>
    <context>
        <name>nd::SpecialPointsTable</name>
        <message>
            <source>Fold: quadratic coefficient a of xi -&gt; xi + beta + a xi^2, with beta growing with the parameter; a &gt; 0: the two cycles exist below the fold, a &lt; 0: above it</source>
            <translation>折叠（fold）：xi -&gt; xi + beta + a xi^2 的二次系数 a，beta 随参数增大；a &gt; 0：两个环存在于折叠点以下，a &lt; 0：存在于其上</translation>
        </message>
        <message>
            <source>Flip: cubic coefficient c of xi -&gt; -xi + c xi^3; c &gt; 0: supercritical, c &lt; 0: subcritical</source>
            <translation>倍周期（flip）：xi -&gt; -xi + c xi^3 的三次系数 c；c &gt; 0：超临界，c &lt; 0：亚临界</translation>
        </message>
        <message>
            <source>Neimark-Sacker: first Lyapunov coefficient Re d of xi -&gt; e^(i theta) xi (1 + d |xi|^2); Re d &lt; 0: supercritical, Re d &gt; 0: subcritical</source>
            <translation>Neimark-Sacker：xi -&gt; e^(i theta) xi (1 + d |xi|^2) 的第一 Lyapunov 系数 Re d；Re d &lt; 0：超临界，Re d &gt; 0：亚临界</translation>
        </message>
        <message>
            <source>coefficient undefined: %1</source>
            <translation>系数未定义：%1</translation>
        </message>
        <message>
            <source>|coefficient| below the tolerance: a codimension-2 point nearby</source>
            <translation>|系数| 低于容差：附近有余维 2 点</translation>
        </message>
        <message>
            <source>near the strong resonance 1:%1: the coefficient alone does not decide</source>
            <translation>接近强共振 1:%1：仅凭系数无法判定</translation>
        </message>
        <message>
            <source>Special points of the continuation: for fold (LP), flip (PD) and Neimark-Sacker (NS) points of branches, the normal-form coefficient and whether the bifurcation is super- or subcritical</source>
            <translation>延拓的特殊点：对分支上的折叠（LP）、倍周期（PD）和 Neimark-Sacker（NS）点，给出正规形系数以及分岔是超临界还是亚临界</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>分支</translation>
        </message>
        <message>
            <source>The branch or curve the point lies on, as listed above the plots</source>
            <translation>该点所在的分支或曲线，与图上方所列一致</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>点</translation>
        </message>
        <message>
            <source>LP fold, PD flip, NS Neimark-Sacker, BP branch point; on curves the codimension-2 points</source>
            <translation>LP 折叠，PD 倍周期，NS Neimark-Sacker，BP 分支点；曲线上为余维 2 点</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Where the point was located</source>
            <translation>该点的定位位置</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>From the sign of the normal-form coefficient: supercritical (a small attracting cycle of twice the period or invariant circle appears where the cycle loses stability), subcritical (past the point nothing small attracts: orbits leave); a fold is nondegenerate or degenerate (cusp?); degenerate when |coefficient| is below 1e-5 of the sum of its terms' magnitudes or below 1e-6</source>
            <translation>由正规形系数的符号判定：超临界（在环失稳处出现一个小的吸引的倍周期环或不变圈），亚临界（越过该点后没有小的吸引子：轨道离开）；折叠点为非退化或退化（尖点？）；当 |系数| 小于其各项绝对值之和的 1e-5 或小于 1e-6 时为退化</translation>
        </message>
        <message>
            <source>Coefficient</source>
            <translation>系数</translation>
        </message>
        <message>
            <source>The normal-form coefficient on the centre manifold (|q| = 1, p.q = 1): fold a, flip c, Neimark-Sacker first Lyapunov coefficient Re d; the cell's tooltip states the sign convention</source>
            <translation>中心流形上的正规形系数（|q| = 1，p.q = 1）：折叠 a，倍周期 c，Neimark-Sacker 第一 Lyapunov 系数 Re d；单元格的提示说明符号约定</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Why a coefficient is undefined or degenerate; Neimark-Sacker points within 0.01 rad of a strong resonance 1:1 to 1:4, where the coefficient alone does not decide</source>
            <translation>系数为何未定义或退化；距强共振 1:1 至 1:4 在 0.01 rad 以内的 Neimark-Sacker 点，此时仅凭系数无法判定</translation>
        </message>
    </context>
    <context>
        <name>nd::StudyDocument</name>
        <message>
            <source>Change %1</source>
            <translation>修改 %1</translation>
        </message>
        <message>
            <source>initial values must be finite numbers</source>
            <translation>初值必须是有限数</translation>
        </message>
        <message>
            <source>Change initial %1</source>
            <translation>修改初值 %1</translation>
        </message>
        <message>
            <source>the initial state needs %1 values, not %2</source>
            <translation>初始状态需要 %1 个值，而不是 %2 个</translation>
        </message>
    </context>
    <context>
        <name>nd::SynchronyTask</name>
        <message>
            <source>Synchronisation: no order parameter (%1)</source>
            <translation>同步：无序参量（%1）</translation>
        </message>
        <message>
            <source>Change synchronisation</source>
            <translation>更改同步</translation>
        </message>
        <message>
            <source>Variable:</source>
            <translation>变量：</translation>
        </message>
        <message>
            <source>Per-node variable whose node copies are compared (x: x0, x1, ...)</source>
            <translation>比较其各节点副本的每节点变量（x：x0、x1、…）</translation>
        </message>
        <message>
            <source>Phases:</source>
            <translation>相位：</translation>
        </message>
        <message>
            <source>given</source>
            <translation>给定</translation>
        </message>
        <message>
            <source>Threshold:</source>
            <translation>阈值：</translation>
        </message>
        <message>
            <source>Spike phases: a spike is an upward crossing of this value</source>
            <translation>放电相位：向上穿越此值即为一次放电</translation>
        </message>
        <message>
            <source>y:</source>
            <translation>y：</translation>
        </message>
        <message>
            <source>Hub:</source>
            <translation>中心节点：</translation>
        </message>
        <message>
            <source>Node (from 0) every other node's correlation is taken against</source>
            <translation>其余各节点与之计算相关的节点（从 0 起）</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Correlation:</source>
            <translation>相关：</translation>
        </message>
        <message>
            <source>The scalar of the correlation matrix: the mean of the hub's correlations with every other node (ring-star papers), the mean over all pairs, or the mean over the ring's neighbouring pairs (a ring-star's hub is not on the ring)</source>
            <translation>相关矩阵的标量：中心与其他每个节点相关系数的均值（环星网络文献）、所有节点对的均值，或环上相邻节点对的均值（环星网络的中心不在环上）</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>中心</translation>
        </message>
        <message>
            <source>all pairs</source>
            <translation>所有节点对</translation>
        </message>
        <message>
            <source>ring neighbours</source>
            <translation>环上邻居</translation>
        </message>
        <message>
            <source>How each node's phase is obtained: from its spike times, as the angle of (x, y) about their means (centred), as atan2(y, x) (arctan, uncentred), as the angle of the analytic signal of x (Hilbert), or the variable itself (phase oscillators only)</source>
            <translation>每个节点相位的获取方式：由其放电时刻、作为 (x, y) 相对其均值的角度（中心化）、作为 atan2(y, x)（arctan，未中心化）、作为 x 的解析信号的角度（希尔伯特），或直接取该变量（仅限相位振子）</translation>
        </message>
        <message>
            <source>spike</source>
            <translation>放电</translation>
        </message>
        <message>
            <source>centred</source>
            <translation>中心化</translation>
        </message>
        <message>
            <source>arctan</source>
            <translation>arctan</translation>
        </message>
        <message>
            <source>Hilbert</source>
            <translation>希尔伯特</translation>
        </message>
        <message>
            <source>Centred and arctan phases: the per-node variable on the second axis</source>
            <translation>中心化相位和 arctan 相位：第二个轴上的逐节点变量</translation>
        </message>
        <message>
            <source>Synchronisation: null distribution</source>
            <translation>同步：零分布</translation>
        </message>
    </context>
    <context>
        <name>nd::SynchronyView</name>
        <message>
            <source>sample n</source>
            <translation>样本 n</translation>
        </message>
        <message>
            <source>R(n)</source>
            <translation>R(n)</translation>
        </message>
        <message>
            <source>R(n) = |mean of exp(i theta_j(n))|: 1 when every phase is equal, near 0 when they are spread; the line is its time mean, the band +-1 SD</source>
            <translation>R(n) = |exp(i theta_j(n)) 的均值|：所有相位相同时为 1，相位分散时接近 0；直线为其时间均值，带为 ±1 个标准差</translation>
        </message>
        <message>
            <source>Cross-correlation matrix</source>
            <translation>互相关矩阵</translation>
        </message>
        <message>
            <source>node j</source>
            <translation>节点 j</translation>
        </message>
        <message>
            <source>node i</source>
            <translation>节点 i</translation>
        </message>
        <message>
            <source>Zero-lag Pearson correlation of every pair of nodes; light grey: undefined (a node with zero variance)</source>
            <translation>每对节点的零延迟 Pearson 相关；浅灰色：无定义（某节点方差为零）</translation>
        </message>
        <message>
            <source>correlation</source>
            <translation>相关</translation>
        </message>
        <message>
            <source>Per node</source>
            <translation>按节点</translation>
        </message>
        <message>
            <source>node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>correlation, order</source>
            <translation>相关、序参量</translation>
        </message>
        <message>
            <source>Each node's correlation with the hub and its local order parameter (over a window of neighbours on the ring): low local order in part of the ring marks a chimera</source>
            <translation>每个节点与中心节点的相关及其局部序参量（在环上一个邻居窗口内）：环的一部分局部序参量低表明存在奇异态（chimera）</translation>
        </message>
        <message>
            <source>mean R = %1 +- %2</source>
            <translation>平均 R = %1 ± %2</translation>
        </message>
        <message>
            <source>correlation with hub (node %1)</source>
            <translation>与中心节点（节点 %1）的相关</translation>
        </message>
        <message>
            <source>local order parameter (window +-%1)</source>
            <translation>局部序参量（窗口 ±%1）</translation>
        </message>
        <message>
            <source>zero-variance nodes: %1</source>
            <translation>零方差节点：%1</translation>
        </message>
        <message>
            <source>nodes %1 and %2: undefined</source>
            <translation>节点 %1 与 %2：无定义</translation>
        </message>
        <message>
            <source>nodes %1 and %2: %3</source>
            <translation>节点 %1 与 %2：%3</translation>
        </message>
        <message>
            <source>Kuramoto order parameter (%1 phases)</source>
            <translation>Kuramoto 序参量（%1 相位）</translation>
        </message>
        <message>
            <source>R(n), %1 phases</source>
            <translation>R(n)，%1 相位</translation>
        </message>
        <message>
            <source>&lt;b&gt;mean R = %1&lt;/b&gt;, SD %2 over %3 samples (%4 phases)</source>
            <translation>&lt;b&gt;平均 R = %1&lt;/b&gt;，%3 个样本上的标准差 %2（%4 相位）</translation>
        </message>
        <message>
            <source>&lt;b&gt;cross-correlation (%1) = %2&lt;/b&gt;</source>
            <translation>&lt;b&gt;互相关（%1）= %2&lt;/b&gt;</translation>
        </message>
        <message>
            <source>cross-correlation (%1) undefined: %2</source>
            <translation>互相关（%1）未定义：%2</translation>
        </message>
    </context>
    <context>
        <name>nd::TimeSeriesView</name>
        <message>
            <source>Time series</source>
            <translation>时间序列</translation>
        </message>
        <message>
            <source>step n</source>
            <translation>步 n</translation>
        </message>
        <message>
            <source>sin(phase)</source>
            <translation>sin(相位)</translation>
        </message>
        <message>
            <source>sin(%1)</source>
            <translation>sin(%1)</translation>
        </message>
    </context>
    <context>
        <name>nd::WindowedRqaView</name>
        <message>
            <source>RR</source>
            <translation>RR</translation>
        </message>
        <message>
            <source>DET</source>
            <translation>DET</translation>
        </message>
        <message>
            <source>LAM</source>
            <translation>LAM</translation>
        </message>
        <message>
            <source>window start (sample)</source>
            <translation>窗口起点（样本）</translation>
        </message>
        <message>
            <source>RR, DET, LAM</source>
            <translation>RR、DET、LAM</translation>
        </message>
        <message>
            <source>Windowed RQA</source>
            <translation>分窗 RQA</translation>
        </message>
    </context>
    <context>
        <name>nd::ZeroOneTask</name>
        <message>
            <source>Change 0-1 test</source>
            <translation>更改 0-1 检验</translation>
        </message>
        <message>
            <source>c values:</source>
            <translation>c 值个数：</translation>
        </message>
        <message>
            <source>How many frequencies c are drawn; K is the median of their K_c</source>
            <translation>抽取的频率 c 个数；K 为其 K_c 的中位数</translation>
        </message>
        <message>
            <source>c from:</source>
            <translation>c 从：</translation>
        </message>
        <message>
            <source>Smallest c drawn (radians, in (0, pi))</source>
            <translation>抽取的最小 c（弧度，位于 (0, pi)）</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>到：</translation>
        </message>
        <message>
            <source>Largest c drawn (radians, in (0, pi))</source>
            <translation>抽取的最大 c（弧度，位于 (0, pi)）</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>种子：</translation>
        </message>
        <message>
            <source>Seed of the random draw of c (the same seed gives the same K)</source>
            <translation>随机抽取 c 的种子（相同种子给出相同的 K）</translation>
        </message>
        <message>
            <source>n_cut:</source>
            <translation>n_cut：</translation>
        </message>
        <message>
            <source>Largest displacement n of M_c(n) (0: a tenth of the series)</source>
            <translation>M_c(n) 的最大位移 n（0：序列长度的十分之一）</translation>
        </message>
        <message>
            <source>0-1 test for chaos</source>
            <translation>混沌 0-1 检验</translation>
        </message>
        <message>
            <source>0-1 test: null distribution</source>
            <translation>0-1 检验：零分布</translation>
        </message>
    </context>
    <context>
        <name>nd::ZeroOneView</name>
        <message>
            <source>&amp;Trajectory for c:</source>
            <translation>c 的轨迹(&amp;T)：</translation>
        </message>
        <message>
            <source>The c whose p-q trajectory and mean-square displacement are shown; a click on a point of the K_c plot selects it too</source>
            <translation>显示其 p-q 轨迹和均方位移的 c；单击 K_c 图中的点也可选择</translation>
        </message>
        <message>
            <source>c (rad)</source>
            <translation>c（弧度）</translation>
        </message>
        <message>
            <source>K_c</source>
            <translation>K_c</translation>
        </message>
        <message>
            <source>Growth-rate correlation K_c for every c drawn; the line is K, their median. K near 1: chaotic; near 0: regular</source>
            <translation>每个抽取的 c 的增长率相关 K_c；直线为其中位数 K。K 接近 1：混沌；接近 0：规则</translation>
        </message>
        <message>
            <source>c = %1, K_c = %2</source>
            <translation>c = %1，K_c = %2</translation>
        </message>
        <message>
            <source>p-q trajectory</source>
            <translation>p-q 轨迹</translation>
        </message>
        <message>
            <source>Translation variables of the selected c: bounded for regular dynamics, Brownian-like for chaotic dynamics</source>
            <translation>所选 c 的平移变量：规则动力学时有界，混沌动力学时呈布朗运动状</translation>
        </message>
        <message>
            <source>Mean-square displacement</source>
            <translation>均方位移</translation>
        </message>
        <message>
            <source>n (samples)</source>
            <translation>n（样本）</translation>
        </message>
        <message>
            <source>M_c(n) and its oscillation-corrected form D_c(n) for the selected c; K_c is the correlation of D_c(n) with n</source>
            <translation>所选 c 的 M_c(n) 及其去振荡形式 D_c(n)；K_c 为 D_c(n) 与 n 的相关</translation>
        </message>
        <message>
            <source>&lt;b&gt;K = %1&lt;/b&gt; (median of the defined K_c over %2 values of c), n_cut = %3</source>
            <translation>&lt;b&gt;K = %1&lt;/b&gt;（%2 个 c 值上已定义 K_c 的中位数），n_cut = %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;K undefined&lt;/b&gt;: %1</source>
            <translation>&lt;b&gt;K 无定义&lt;/b&gt;：%1</translation>
        </message>
        <message>
            <source>c = %1 (K_c = %2)</source>
            <translation>c = %1（K_c = %2）</translation>
        </message>
        <message>
            <source>c = %1 (K_c undefined)</source>
            <translation>c = %1（K_c 无定义）</translation>
        </message>
        <message>
            <source>K = %1</source>
            <translation>K = %1</translation>
        </message>
        <message>
            <source>p-q trajectory, c = %1</source>
            <translation>p-q 轨迹，c = %1</translation>
        </message>
        <message>
            <source>the trajectory of this c needs the series</source>
            <translation>此 c 的轨迹需要原序列</translation>
        </message>
        <message>
            <source>p-q</source>
            <translation>p-q</translation>
        </message>
        <message>
            <source>Mean-square displacement, c = %1</source>
            <translation>均方位移，c = %1</translation>
        </message>
        <message>
            <source>K&lt;sub&gt;c&lt;/sub&gt; against c</source>
            <translation>K&lt;sub&gt;c&lt;/sub&gt; 随 c 变化</translation>
        </message>
        <message>
            <source>K&lt;sub&gt;c&lt;/sub&gt;</source>
            <translation>K&lt;sub&gt;c&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>p&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>p&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>q&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>q&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>M&lt;sub&gt;c&lt;/sub&gt;(n), D&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>M&lt;sub&gt;c&lt;/sub&gt;(n)，D&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>M&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>M&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>D&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>D&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>Oversampled input: (max - min) / mean |x(n+1) - x(n)| = %1 &gt; 10, so K is unreliable; record every k-th step instead (Stride above the time series).</source>
            <translation>输入过采样：(max - min) / |x(n+1) - x(n)| 的均值 = %1 &gt; 10，因此 K 不可靠；请改为每隔 k 步记录一次（时间序列上方的“步长”）。</translation>
        </message>
        <message>
            <source>the mean-square displacement of this c was not kept with the result</source>
            <translation>此 c 的均方位移未随结果保存</translation>
        </message>
    </context>
</TS>
