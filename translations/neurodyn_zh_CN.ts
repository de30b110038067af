<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
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
        <name>Analysis</name>
        <message>
            <source>this view needs a map model</source>
            <translation>此视图需要映射模型</translation>
        </message>
        <message>
            <source>orbit diagrams need a map model</source>
            <translation>轨道图需要映射模型</translation>
        </message>
        <message>
            <source>the parameter range is empty</source>
            <translation>参数范围为空</translation>
        </message>
    </context>
    <context>
        <name>AnalysisController</name>
        <message>
            <source>Orbit diagram: the orbit escaped in %1 columns</source>
            <translation>轨道图：有 %1 列的轨道发散逃逸</translation>
        </message>
        <message>
            <source>Zoom orbit diagram</source>
            <translation>缩放轨道图</translation>
        </message>
        <message>
            <source>The orbit escaped at step %1: %2</source>
            <translation>轨道在第 %1 步逃逸：%2</translation>
        </message>
        <message>
            <source>%1 steps computed</source>
            <translation>已计算 %1 步</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Usage: neurodyn-cli COMMAND [options]

Commands:
  simulate   iterate a model and print its trajectory as CSV
  run        run every analysis of a study file, writing CSV + JSON (MPI-aware)
  merge      merge the tiles of 'run --tile i/n' into the results
  measure    run one measure on a series or edge-list file and print JSON
  examples   list the built-in example studies
  example    write a built-in example as a study file

Run 'neurodyn-cli COMMAND --help' for a command's options.
</source>
            <translation>用法：neurodyn-cli COMMAND [选项]

命令：
  simulate   迭代模型并以 CSV 输出其轨迹
  run        运行研究文件中的每项分析，写出 CSV + JSON（支持 MPI）
  merge      将 'run --tile i/n' 的分块合并为结果
  measure    对序列或边列表文件运行一个度量并输出 JSON
  examples   列出内置示例研究
  example    将内置示例写成研究文件

运行 'neurodyn-cli COMMAND --help' 查看命令的选项。
</translation>
        </message>
        <message>
            <source>neurodyn-cli: unknown command '%1'
</source>
            <translation>neurodyn-cli：未知命令 '%1'
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
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>&amp;Export Plot</source>
            <translation>导出图(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Copy Plot to Clipboard</source>
            <translation>复制图到剪贴板(&amp;C)</translation>
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
    </context>
    <context>
        <name>FileController</name>
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
            <source>&amp;Open Study...</source>
            <translation>打开研究(&amp;O)…</translation>
        </message>
        <message>
            <source>Open Study</source>
            <translation>打开研究</translation>
        </message>
        <message>
            <source>NeuroDyn studies (*.json);;All files (*)</source>
            <translation>NeuroDyn 研究 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>示例(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Save Study</source>
            <translation>保存研究(&amp;S)</translation>
        </message>
        <message>
            <source>Save Study &amp;As...</source>
            <translation>研究另存为(&amp;A)…</translation>
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
            <source>NeuroDyn studies (*.json)</source>
            <translation>NeuroDyn 研究 (*.json)</translation>
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
    </context>
    <context>
        <name>FixedPointsTable</name>
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
        <name>LyapunovView</name>
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
        <name>MainWindow</name>
        <message>
            <source>Phase portrait</source>
            <translation>相图</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>时间序列</translation>
        </message>
        <message>
            <source>Orbit diagram</source>
            <translation>轨道图</translation>
        </message>
        <message>
            <source>Space-time plot</source>
            <translation>时空图</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
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
            <source>x = %1, y = %2</source>
            <translation>x = %1，y = %2</translation>
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
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
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
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Recompute</source>
            <translation>重新计算(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Cancel Computations</source>
            <translation>取消计算(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
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
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>The new language takes effect when NeuroDyn starts next</source>
            <translation>新语言将在下次启动 NeuroDyn 时生效</translation>
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
            <source>cannot create folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>Lyapunov exponents</source>
            <translation>李雅普诺夫指数</translation>
        </message>
        <message>
            <source>Fixed points</source>
            <translation>不动点</translation>
        </message>
    </context>
    <context>
        <name>MeasureCommand</name>
        <message>
            <source>multifractal DFA of one column {q, h, tau, alpha, f}</source>
            <translation>单列数据的多重分形 DFA {q, h, tau, alpha, f}</translation>
        </message>
        <message>
            <source>multifractal spectrum of a weighted edge list {tau, alpha, f}</source>
            <translation>加权边列表的多重分形谱 {tau, alpha, f}</translation>
        </message>
        <message>
            <source>sample entropy of one column {value, A, B}</source>
            <translation>单列数据的样本熵 {值, A, B}</translation>
        </message>
        <message>
            <source>Kuramoto order parameter of several columns {mean, sd}</source>
            <translation>多列数据的 Kuramoto 序参量 {均值, 标准差}</translation>
        </message>
        <message>
            <source>zero-lag cross-correlation of several columns {matrix, mean}</source>
            <translation>多列数据的零延迟互相关 {矩阵, 均值}</translation>
        </message>
        <message>
            <source>0-1 test for chaos of one column {K, Kc, c}</source>
            <translation>对单列数据的 0-1 混沌检验 {K, Kc, c}</translation>
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
        <name>OrbitDiagramView</name>
        <message>
            <source>Orbit diagram</source>
            <translation>轨道图</translation>
        </message>
        <message>
            <source>density</source>
            <translation>密度</translation>
        </message>
    </context>
    <context>
        <name>OrbitSettingsBar</name>
        <message>
            <source>Sweep:</source>
            <translation>扫描：</translation>
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
            <source>Transient:</source>
            <translation>暂态步数：</translation>
        </message>
        <message>
            <source>Samples:</source>
            <translation>采样数：</translation>
        </message>
        <message>
            <source>Full Range</source>
            <translation>完整范围</translation>
        </message>
        <message>
            <source>Sweep the parameter's whole typical range again and choose the value range automatically</source>
            <translation>重新扫描参数的整个典型范围，并自动选择取值范围</translation>
        </message>
        <message>
            <source>Parameter swept along the horizontal axis</source>
            <translation>沿横轴扫描的参数</translation>
        </message>
        <message>
            <source>State variable whose values are plotted</source>
            <translation>绘制其取值的状态变量</translation>
        </message>
        <message>
            <source>Number of parameter values (columns of the raster)</source>
            <translation>参数取值个数（栅格的列数）</translation>
        </message>
        <message>
            <source>Steps iterated and discarded before sampling each column</source>
            <translation>每列采样前迭代并丢弃的步数</translation>
        </message>
        <message>
            <source>Values recorded per column</source>
            <translation>每列记录的取值数</translation>
        </message>
        <message>
            <source>Change orbit diagram</source>
            <translation>修改轨道图</translation>
        </message>
    </context>
    <context>
        <name>ParameterPanel</name>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Initial state</source>
            <translation>初始状态</translation>
        </message>
        <message>
            <source>%1 (valid range %2 to %3)</source>
            <translation>%1（有效范围 %2 至 %3）</translation>
        </message>
        <message>
            <source>Initial value of %1</source>
            <translation>%1 的初值</translation>
        </message>
    </context>
    <context>
        <name>PhasePortraitView</name>
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
    </context>
    <context>
        <name>PhaseSettingsBar</name>
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
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>Language of the user interface; takes effect when NeuroDyn starts next</source>
            <translation>用户界面语言；下次启动 NeuroDyn 时生效</translation>
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
            <source>Colour map of density plots such as the orbit diagram</source>
            <translation>密度图（如轨道图）的色图</translation>
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
    </context>
    <context>
        <name>SpaceTimeView</name>
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
    </context>
    <context>
        <name>StabilityController</name>
        <message>
            <source>Lyapunov exponents (%1)</source>
            <translation>李雅普诺夫指数（%1）</translation>
        </message>
        <message>
            <source>, Kaplan-Yorke dimension %1</source>
            <translation>，Kaplan-Yorke 维数 %1</translation>
        </message>
    </context>
    <context>
        <name>StudyDocument</name>
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
    </context>
    <context>
        <name>TimeSeriesView</name>
        <message>
            <source>Time series</source>
            <translation>时间序列</translation>
        </message>
        <message>
            <source>step n</source>
            <translation>步 n</translation>
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
    </context>
    <context>
        <name>nd</name>
        <message>
            <source>simulation.%1 must be a whole number between %2 and %3</source>
            <translation>simulation.%1 必须是 %2 到 %3 之间的整数</translation>
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
            <source>%1 must be an object</source>
            <translation>%1 必须是一个对象</translation>
        </message>
        <message>
            <source>simulation must be an object</source>
            <translation>simulation 必须是一个对象</translation>
        </message>
        <message>
            <source>simulation.escape_bound must be a positive number</source>
            <translation>simulation.escape_bound 必须是正数</translation>
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
            <source>%1.%2 must be a finite number</source>
            <translation>%1.%2 必须是有限数</translation>
        </message>
        <message>
            <source>%1.parameter: the model has no parameter '%2'</source>
            <translation>%1.parameter：模型没有参数 '%2'</translation>
        </message>
        <message>
            <source>%1: from must not exceed to, nor value_min value_max</source>
            <translation>%1：from 不得大于 to，value_min 不得大于 value_max</translation>
        </message>
        <message>
            <source>view.cobweb must be true or false</source>
            <translation>view.cobweb 必须为 true 或 false</translation>
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
        <name>nd::Int</name>
        <message>
            <source>%1.%2 must be a whole number between %3 and %4</source>
            <translation>%1.%2 必须是 %3 到 %4 之间的整数</translation>
        </message>
    </context>
    <context>
        <name>nd::cli</name>
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
            <source>
Run 'neurodyn-cli measure NAME --help' for a measure's options.
</source>
            <translation>
运行 'neurodyn-cli measure NAME --help' 查看某个度量的选项。
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
            <source>Column to use: 1-based number or header name (default 1).</source>
            <translation>要使用的列：从 1 开始的序号或表头名称（默认 1）。</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Columns (nodes) to use, comma-separated numbers or names (default all).</source>
            <translation>要使用的列（节点），逗号分隔的序号或名称（默认全部）。</translation>
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
            <source>q values, comma-separated; negative values work as --q=-2,2 or --q -2,2 (default -5..5 step 1).</source>
            <translation>q 值，逗号分隔；负值写作 --q=-2,2 或 --q -2,2（默认 -5..5，步长 1）。</translation>
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
            <source>--scales must be a whole number from 2 to 10000</source>
            <translation>--scales 必须是 2 到 10000 之间的整数</translation>
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
            <source>q values, comma-separated (default -5..5 step 1); --q=-2,2 or --q -2,2.</source>
            <translation>q 值，逗号分隔（默认 -5..5，步长 1）；写作 --q=-2,2 或 --q -2,2。</translation>
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
            <source>--radii expects comma-separated numbers</source>
            <translation>--radii 需要逗号分隔的数字</translation>
        </message>
        <message>
            <source>--radius-count must be a whole number from 2 to 1e5</source>
            <translation>--radius-count 必须是 2 到 1e5 之间的整数</translation>
        </message>
        <message>
            <source>an edge list has 2 or 3 columns (from, to[, weight]); this input has %1</source>
            <translation>边列表应有 2 或 3 列（起点、终点[、权重]）；此输入有 %1 列</translation>
        </message>
        <message>
            <source>edge %1: node numbers must be whole numbers &gt;= 0</source>
            <translation>边 %1：节点编号必须是 &gt;= 0 的整数</translation>
        </message>
        <message>
            <source>Template length m &gt;= 1 (default 2).</source>
            <translation>模板长度 m &gt;= 1（默认 2）。</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
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
            <source>Delay between template coordinates (default 1).</source>
            <translation>模板坐标之间的延迟（默认 1）。</translation>
        </message>
        <message>
            <source>TAU</source>
            <translation>TAU</translation>
        </message>
        <message>
            <source>shared: A and B over the same N - m starts (default); all: B over every length-m template.</source>
            <translation>shared：A 与 B 基于相同的 N - m 个起点（默认）；all：B 基于所有长度为 m 的模板。</translation>
        </message>
        <message>
            <source>shared|all</source>
            <translation>shared|all</translation>
        </message>
        <message>
            <source>--m must be a whole number from 1 to 1000</source>
            <translation>--m 必须是 1 到 1000 之间的整数</translation>
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
            <source>--lag must be a whole number from 1 to 1e6</source>
            <translation>--lag 必须是 1 到 1e6 之间的整数</translation>
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
            <source>--templates must be shared or all, not '%1'</source>
            <translation>--templates 必须是 shared 或 all，而不是 '%1'</translation>
        </message>
        <message>
            <source>How phases are obtained: spikes (upward threshold crossings, default), geometric (angle of (x - &lt;x&gt;, y - &lt;y&gt;) with --y-columns) or given (the columns are phases in radians).</source>
            <translation>相位的获取方式：spikes（向上越过阈值，默认）、geometric（配合 --y-columns 取 (x - &lt;x&gt;, y - &lt;y&gt;) 的角度）或 given（各列即为弧度制相位）。</translation>
        </message>
        <message>
            <source>spikes|geometric|given</source>
            <translation>spikes|geometric|given</translation>
        </message>
        <message>
            <source>Spike threshold (default 0).</source>
            <translation>放电阈值（默认 0）。</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Geometric phases: the y column of each node, in --columns order.</source>
            <translation>几何相位：每个节点的 y 列，顺序同 --columns。</translation>
        </message>
        <message>
            <source>Half-width of the ring neighbourhood of the local order parameter (default max(1, nodes/10)).</source>
            <translation>局部序参量的环形邻域半宽（默认 max(1, 节点数/10)）。</translation>
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
            <source>--local-width must be a whole number &gt;= 0</source>
            <translation>--local-width 必须是 &gt;= 0 的整数</translation>
        </message>
        <message>
            <source>--phases geometric needs --y-columns with one column per node (%1)</source>
            <translation>--phases geometric 需要 --y-columns，每个节点一列（%1）</translation>
        </message>
        <message>
            <source>--phases must be spikes, geometric or given, not '%1'</source>
            <translation>--phases 必须是 spikes、geometric 或 given，而不是 '%1'</translation>
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
            <source>--hub must be a whole number from 1 to %1</source>
            <translation>--hub 必须是 1 到 %1 之间的整数</translation>
        </message>
        <message>
            <source>Seed of the c draw (default 1).</source>
            <translation>c 抽取的随机种子（默认 1）。</translation>
        </message>
        <message>
            <source>Number of c values drawn (default 100).</source>
            <translation>抽取的 c 值个数（默认 100）。</translation>
        </message>
        <message>
            <source>Lower end of the c draw (default pi/5).</source>
            <translation>c 抽取范围的下限（默认 pi/5）。</translation>
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
            <source>Largest n of M_c(n) (default N/10).</source>
            <translation>M_c(n) 的最大 n（默认 N/10）。</translation>
        </message>
        <message>
            <source>Also print M_c(n) for every c and the p-q trajectory of the median c.</source>
            <translation>同时输出每个 c 的 M_c(n) 以及中位 c 的 p-q 轨迹。</translation>
        </message>
        <message>
            <source>--seed must be a whole number &gt;= 0</source>
            <translation>--seed 必须是 &gt;= 0 的整数</translation>
        </message>
        <message>
            <source>--count must be a whole number from 1 to 1e6</source>
            <translation>--count 必须是 1 到 1e6 之间的整数</translation>
        </message>
        <message>
            <source>--ncut must be a whole number &gt;= 0</source>
            <translation>--ncut 必须是 &gt;= 0 的整数</translation>
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
            <source>--out DIR is required</source>
            <translation>必须指定 --out DIR</translation>
        </message>
        <message>
            <source>no tile files given</source>
            <translation>未给出分块文件</translation>
        </message>
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
            <source>cannot create the output folder %1</source>
            <translation>无法创建输出文件夹 %1</translation>
        </message>
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
            <source>Study file (see 'neurodyn-cli example').</source>
            <translation>研究文件（见 'neurodyn-cli example'）。</translation>
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
            <source>expected exactly one STUDY file</source>
            <translation>需要恰好一个 STUDY 文件</translation>
        </message>
        <message>
            <source>--tile expects i/n with 0 &lt;= i &lt; n, got '%1'</source>
            <translation>--tile 需要 i/n 且 0 &lt;= i &lt; n，实际为 '%1'</translation>
        </message>
        <message>
            <source>--tile cannot be combined with mpirun (each rank already is a tile)</source>
            <translation>--tile 不能与 mpirun 同用（每个进程已是一个分块）</translation>
        </message>
        <message>
            <source>a tile file is truncated or damaged</source>
            <translation>某个分块文件被截断或已损坏</translation>
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
            <source>orbit diagram</source>
            <translation>轨道图</translation>
        </message>
        <message>
            <source>cannot read standard input</source>
            <translation>无法读取标准输入</translation>
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
            <source>Iterate a model and print its trajectory as CSV (a header line, then one row per recorded step: the step index and every state variable).

Example: neurodyn-cli simulate --model chialvo --param b=0.18 --x0 0.5,2 --steps 1000</source>
            <translation>迭代模型并以 CSV 输出其轨迹（一行表头，然后每个记录步一行：步序号和所有状态变量）。

示例：neurodyn-cli simulate --model chialvo --param b=0.18 --x0 0.5,2 --steps 1000</translation>
        </message>
        <message>
            <source>Model type (default chialvo).</source>
            <translation>模型类型（默认 chialvo）。</translation>
        </message>
        <message>
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Take model, parameters and initial state from a study file.</source>
            <translation>从研究文件读取模型、参数和初始状态。</translation>
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
            <source>Initial state, comma-separated (default: the model's).</source>
            <translation>初始状态，逗号分隔（默认使用模型的）。</translation>
        </message>
        <message>
            <source>values</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>Number of recorded rows (default 1000).</source>
            <translation>记录的行数（默认 1000）。</translation>
        </message>
        <message>
            <source>count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Steps discarded before the first row (default 0).</source>
            <translation>第一行之前丢弃的步数（默认 0）。</translation>
        </message>
        <message>
            <source>Steps between recorded rows (default 1).</source>
            <translation>记录行之间的步数（默认 1）。</translation>
        </message>
        <message>
            <source>|state| beyond this counts as escape (default 1e8).</source>
            <translation>|状态| 超过此值即视为逃逸（默认 1e8）。</translation>
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
            <source>--param expects NAME=VALUE, got '%1'</source>
            <translation>--param 需要 NAME=VALUE，实际为 '%1'</translation>
        </message>
        <message>
            <source>--x0 expects comma-separated numbers, got '%1'</source>
            <translation>--x0 需要逗号分隔的数字，实际为 '%1'</translation>
        </message>
        <message>
            <source>--steps must be a whole number from 1 to 1e9</source>
            <translation>--steps 必须是 1 到 1e9 之间的整数</translation>
        </message>
        <message>
            <source>--transient must be a whole number from 0 to 1e9</source>
            <translation>--transient 必须是 0 到 1e9 之间的整数</translation>
        </message>
        <message>
            <source>--stride must be a whole number from 1 to 1e9</source>
            <translation>--stride 必须是 1 到 1e9 之间的整数</translation>
        </message>
        <message>
            <source>--escape-bound must be a positive number</source>
            <translation>--escape-bound 必须是正数</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>cannot write to standard output</source>
            <translation>无法写入标准输出</translation>
        </message>
        <message>
            <source>writing %1 failed: %2</source>
            <translation>写入 %1 失败：%2</translation>
        </message>
        <message>
            <source>warning: the orbit escaped at step %1 (%2); %3 rows written</source>
            <translation>警告：轨道在第 %1 步逃逸（%2）；已写入 %3 行</translation>
        </message>
        <message>
            <source>Run every analysis a study file describes and write each result into DIR as CSV plus a JSON twin with the settings, conventions and app version: trajectory.csv/.json always, orbit-diagram.csv/.json when the study has an orbit diagram (analyses.orbit_diagram), parameter-scan.csv/.json when it has a scan (analyses.parameter_scan). Builds with figures (NEURODYN_CLI_FIGURES) also draw orbit-diagram.png/.svg/.pdf.

Scale-out: under 'mpirun -np P' the orbit diagram and the scan are split into P column tiles, one per rank, and rank 0 writes one result identical to a single-process run. With --tile i/n (i = 0 .. n-1) only that tile is computed, into DIR/tile-i-of-n.ndtile; 'neurodyn-cli merge --out DIR TILES...' then writes the results (e.g. a Slurm job array with i = $SLURM_ARRAY_TASK_ID).</source>
            <translation>运行研究文件描述的每项分析，并把每个结果以 CSV 及其 JSON 孪生文件（含设置、约定和程序版本）写入 DIR：总是写 trajectory.csv/.json；研究含轨道图（analyses.orbit_diagram）时写 orbit-diagram.csv/.json；含参数扫描（analyses.parameter_scan）时写 parameter-scan.csv/.json。带图形功能的构建（NEURODYN_CLI_FIGURES）还会绘制 orbit-diagram.png/.svg/.pdf。

扩展：在 'mpirun -np P' 下，轨道图和扫描被分成 P 个列分块，每个进程一个，由 0 号进程写出与单进程运行完全相同的结果。使用 --tile i/n（i = 0 .. n-1）时只计算该分块，写入 DIR/tile-i-of-n.ndtile；随后用 'neurodyn-cli merge --out DIR TILES...' 写出结果（例如 i = $SLURM_ARRAY_TASK_ID 的 Slurm 作业数组）。</translation>
        </message>
        <message>
            <source>a tile holds no %1 part</source>
            <translation>某个分块不含 %1 部分</translation>
        </message>
        <message>
            <source>analyses.parameter_scan must be a non-empty object</source>
            <translation>analyses.parameter_scan 必须是非空对象</translation>
        </message>
        <message>
            <source>parameter scan, tile %1/%2</source>
            <translation>参数扫描，分块 %1/%2</translation>
        </message>
        <message>
            <source>parameter scan</source>
            <translation>参数扫描</translation>
        </message>
        <message>
            <source>%1 needs parameter (text), from, to (numbers) and count (1 to 1e6)</source>
            <translation>%1 需要 parameter（文本）、from、to（数字）和 count（1 到 1e6）</translation>
        </message>
        <message>
            <source>%1.measure must be lyapunov, period, escape, mean or spike_rate, not '%2'</source>
            <translation>%1.measure 必须是 lyapunov、period、escape、mean 或 spike_rate，而不是 '%2'</translation>
        </message>
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
    </context>
</TS>
