<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackpropPanel</name>
    <message>
        <source>tf.Variable: trainable, watched by the tape automatically</source>
        <translation>tf.Variable：可训练，tape 自动跟踪</translation>
    </message>
    <message>
        <source>tf.constant: not watched, so its gradient is None</source>
        <translation>tf.constant：不被跟踪，所以它的梯度是 None</translation>
    </message>
    <message>
        <source>tf.constant passed to tape.watch, so the tape records it</source>
        <translation>传给 tape.watch 的 tf.constant，因此 tape 会记录它</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Chain rule</source>
        <translation>链式法则</translation>
    </message>
    <message>
        <source>Finite difference</source>
        <translation>有限差分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Loading TensorFlow… The graph is built once it is ready; you can already edit the expression.</source>
        <extracomment>Keys of the stepping actions (shown on the panel, the buttons&apos; tool tips and here).</extracomment>
        <translation>正在加载 TensorFlow… 加载完成后即构建计算图；现在已经可以编辑表达式。</translation>
    </message>
    <message>
        <source>Load a ready-made expression and its inputs</source>
        <translation>载入一个现成的表达式及其输入</translation>
    </message>
    <message>
        <source>One expression, or name = … lines ending with the output; allowed: + - * / ** @, abs, square, sqrt, exp, log, relu, sigmoid, tanh, softplus, softmax, maximum, matmul, reduce_sum, reduce_mean, crossentropy</source>
        <translation>一个表达式，或若干行 name = …，最后一行是输出；可用：+ - * / ** @、abs、square、sqrt、exp、log、relu、sigmoid、tanh、softplus、softmax、maximum、matmul、reduce_sum、reduce_mean、crossentropy</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Build graph</source>
        <translation>构建计算图</translation>
    </message>
    <message>
        <source>Parse the expression and build its graph ({key})</source>
        <translation>解析表达式并构建它的计算图（{key}）</translation>
    </message>
    <message>
        <source>What this preset shows</source>
        <translation>这个预设演示了什么</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The inputs the expression reads: kind, dtype and value; a change rebuilds the graph</source>
        <translation>表达式读取的输入：种类、dtype 和值；修改后会重建计算图</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>单步 ▶</translation>
    </message>
    <message>
        <source>Evaluate the next node with its TensorFlow op ({key})</source>
        <translation>用 TensorFlow 运算计算下一个节点（{key}）</translation>
    </message>
    <message>
        <source>Run forward</source>
        <translation>完成前向</translation>
    </message>
    <message>
        <source>Evaluate every remaining node</source>
        <translation>计算所有剩余节点</translation>
    </message>
    <message>
        <source>Step ◀</source>
        <translation>单步 ◀</translation>
    </message>
    <message>
        <source>Apply the chain rule at the next node, from the output back to the inputs ({key} once the forward pass is done)</source>
        <translation>在下一个节点应用链式法则，从输出回到输入（前向完成后按 {key}）</translation>
    </message>
    <message>
        <source>Run backward</source>
        <translation>完成反向</translation>
    </message>
    <message>
        <source>Finish the backward pass (and the forward pass first if needed) ({key})</source>
        <translation>完成反向传播（如有需要，先完成前向）（{key}）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Forget the computed values and gradients; start again ({key})</source>
        <translation>清除已算出的值和梯度，重新开始（{key}）</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save the drawing of the graph as a PNG image</source>
        <translation>把计算图保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>保存 SVG…</translation>
    </message>
    <message>
        <source>Save the drawing of the graph as an SVG vector image</source>
        <translation>把计算图保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>How far the forward and backward passes have come</source>
        <translation>前向和反向计算进行到了哪里</translation>
    </message>
    <message>
        <source>Keys: {step} = next step · {run} = run both passes · {reset} = reset · {build} = build</source>
        <translation>按键：{step} = 下一步 · {run} = 完成前向和反向 · {reset} = 重置 · {build} = 构建</translation>
    </message>
    <message>
        <source>Forward and backward</source>
        <translation>前向与反向</translation>
    </message>
    <message>
        <source>The last step, or the node you clicked: value, gradient and the formulas behind them</source>
        <translation>上一步，或你点击的节点：值、梯度以及背后的公式</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>步骤详情</translation>
    </message>
    <message>
        <source>Whether the three ways of computing the gradient agree</source>
        <translation>三种求梯度的方法是否一致</translation>
    </message>
    <message>
        <source>Per input: the step-by-step chain rule, tape.gradient and a central finite difference</source>
        <translation>每个输入：逐步链式法则、tape.gradient 和中心有限差分</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度检查</translation>
    </message>
    <message>
        <source>The with tf.GradientTape() as tape: block this graph corresponds to, ready to copy</source>
        <translation>与此计算图对应的 with tf.GradientTape() as tape: 代码块，可直接复制</translation>
    </message>
    <message>
        <source>Call tape.gradient twice</source>
        <translation>调用两次 tape.gradient</translation>
    </message>
    <message>
        <source>Show what a second gradient() call on a non-persistent tape does, and the persistent alternative</source>
        <translation>演示在非 persistent 的 tape 上第二次调用 gradient() 会发生什么，以及 persistent 的替代做法</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s answer to a second gradient() call, explained</source>
        <translation>TensorFlow 对第二次 gradient() 调用的回应及其解释</translation>
    </message>
    <message>
        <source>Three ways</source>
        <translation>三种方法</translation>
    </message>
    <message>
        <source>GradientTape code</source>
        <translation>GradientTape 代码</translation>
    </message>
    <message>
        <source>Tape rules</source>
        <translation>tape 的规则</translation>
    </message>
    <message>
        <source>Results, the TensorFlow code, and the tape&apos;s rules</source>
        <translation>结果、TensorFlow 代码和 tape 的规则</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded, so no graph can be evaluated.</source>
        <translation>无法加载 TensorFlow，因此无法计算任何计算图。</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded.</source>
        <translation>无法加载 TensorFlow。</translation>
    </message>
    <message>
        <source>TensorFlow is still loading; open the session once the status bar shows its version.</source>
        <translation>TensorFlow 仍在加载；等状态栏显示出它的版本后再打开会话。</translation>
    </message>
    <message>
        <source>Input {name} of the expression</source>
        <translation>表达式的输入 {name}</translation>
    </message>
    <message>
        <source>{name}: variable, constant or watched constant (tape.watch)</source>
        <translation>{name}：变量、常量或被跟踪的常量（tape.watch）</translation>
    </message>
    <message>
        <source>{name} kind</source>
        <translation>{name} 的种类</translation>
    </message>
    <message>
        <source>{name}: dtype of the tensor (int32 gets no gradient)</source>
        <translation>{name}：张量的 dtype（int32 没有梯度）</translation>
    </message>
    <message>
        <source>{name} dtype</source>
        <translation>{name} 的 dtype</translation>
    </message>
    <message>
        <source>type a number or a list such as [[1, 2], [3, 4]]</source>
        <translation>输入一个数或列表，例如 [[1, 2], [3, 4]]</translation>
    </message>
    <message>
        <source>The inputs table now lists the names of the new expression: give them values that fit, and the graph is built.</source>
        <translation>输入表现在列出了新表达式中的名称：给它们填上合适的值，即可构建计算图。</translation>
    </message>
    <message>
        <source>Step ▶ evaluates the next node with its TensorFlow op; Step ◀ then applies the chain rule from the output back to the inputs. Click a node for its details.</source>
        <translation>“单步 ▶”用 TensorFlow 运算计算下一个节点；然后“单步 ◀”从输出回到输入应用链式法则。点击节点可查看详情。</translation>
    </message>
    <message>
        <source>The previous graph is kept.</source>
        <translation>保留之前的计算图。</translation>
    </message>
    <message>
        <source>Run forward:</source>
        <translation>完成前向：</translation>
    </message>
    <message>
        <source>The finite-difference check failed: {error}</source>
        <translation>有限差分检查失败：{error}</translation>
    </message>
    <message>
        <source>first call:</source>
        <translation>第一次调用：</translation>
    </message>
    <message>
        <source>second call:</source>
        <translation>第二次调用：</translation>
    </message>
    <message>
        <source>First call on tf.GradientTape(): {gradients}</source>
        <translation>在 tf.GradientTape() 上第一次调用：{gradients}</translation>
    </message>
    <message>
        <source>Second call: {error}</source>
        <translation>第二次调用：{error}</translation>
    </message>
    <message>
        <source>The drawing could not be saved: {error}</source>
        <translation>无法保存图：{error}</translation>
    </message>
    <message>
        <source>Saved the drawing to {path}.</source>
        <translation>图已保存到 {path}。</translation>
    </message>
    <message>
        <source>Save the graph</source>
        <translation>保存计算图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>正在加载 TensorFlow…</translation>
    </message>
    <message>
        <source>Forward: {evaluated}/{total} evaluated</source>
        <translation>前向：已计算 {evaluated}/{total}</translation>
    </message>
    <message>
        <source>next ▶ {name}</source>
        <translation>下一个 ▶ {name}</translation>
    </message>
    <message>
        <source>backward: done</source>
        <translation>反向：完成</translation>
    </message>
    <message>
        <source>backward: next ◀ {name}</source>
        <translation>反向：下一个 ◀ {name}</translation>
    </message>
    <message>
        <source>Finish the backward pass (Run backward) to compare the chain rule with tape.gradient and a finite difference.</source>
        <translation>完成反向传播（点“完成反向”）后，即可把链式法则与 tape.gradient 和有限差分作比较。</translation>
    </message>
    <message>
        <source>{agreeing} of {total} agree. ✓ = chain rule, tape.gradient and finite difference match; ✓ None = all three are None, for the reason in the note (None is not 0); ✓ kink = a corner, explained in the note.</source>
        <translation>{total} 个中有 {agreeing} 个一致。✓ = 链式法则、tape.gradient 和有限差分相符；✓ None = 三者都是 None，原因见说明（None 不等于 0）；✓ kink = 拐点，见说明。</translation>
    </message>
</context>
<context>
    <name>BenchmarkPlots</name>
    <message>
        <source>matrix size n  (n×n @ n×n, float32)</source>
        <extracomment>The lesson&apos;s claim: a modern NVIDIA GPU is 5–10× faster than a CPU.</extracomment>
        <translation>矩阵大小 n（n×n @ n×n，float32）</translation>
    </message>
    <message>
        <source>GFLOP/s  (2·n³ / seconds)</source>
        <translation>GFLOP/s（2·n³ / 秒）</translation>
    </message>
    <message>
        <source>tf.matmul speed per device</source>
        <translation>各设备上 tf.matmul 的速度</translation>
    </message>
    <message>
        <source>× speed of {device}</source>
        <translation>相对 {device} 的速度倍数</translation>
    </message>
    <message>
        <source>Speed relative to {device}</source>
        <translation>相对 {device} 的速度</translation>
    </message>
    <message>
        <source>a GPU, says the lesson (5–10×)</source>
        <translation>课程所说的 GPU（5–10 倍）</translation>
    </message>
    <message>
        <source>No GPU timed: a GPU would be a line here</source>
        <translation>没有测 GPU：若有 GPU，这里会有一条线</translation>
    </message>
    <message>
        <source>Run the benchmark to fill this plot</source>
        <translation>运行基准测试来填充此图</translation>
    </message>
    <message>
        <source>NumPy @ (reference)</source>
        <translation>NumPy @（参照）</translation>
    </message>
</context>
<context>
    <name>ClassifierPanel</name>
    <message>
        <source>Loading TensorFlow… Training starts once it is ready; you can already change and regenerate the data.</source>
        <extracomment>The narrowest column of controls, in pixels (it widens to what its boxes need).</extracomment>
        <translation>正在加载 TensorFlow… 加载完成后才能训练；现在已经可以修改并重新生成数据。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded, so the classifier cannot train.</source>
        <translation>无法加载 TensorFlow，因此分类器无法训练。</translation>
    </message>
    <message>
        <source>Training stopped with an error: {message}</source>
        <translation>训练因错误而停止：{message}</translation>
    </message>
</context>
<context>
    <name>ClassifierPlots</name>
    <message>
        <source>model&apos;s P(class 1)</source>
        <extracomment>Misclassified points are ringed only when at most this share of the points is wrong. Below this figure width (pixels) the legend takes two rows and the scatter a larger share of the width (beside the lesson, the figure may be only ~500 px wide). Widths of the scatter (with its colour bar) and the curves, wide and narrow.</extracomment>
        <translation>模型的 P(类别 1)</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>类别 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>类别 1</translation>
    </message>
    <message>
        <source>decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>misclassified (ringed when few)</source>
        <translation>分类错误（较少时圈出）</translation>
    </message>
    <message>
        <source>Data and boundary</source>
        <translation>数据与决策边界</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation>每步的损失</translation>
    </message>
    <message>
        <source>Accuracy per step</source>
        <translation>每步的准确率</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Data (× = {count} test points)</source>
        <translation>数据（× = {count} 个测试点）</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>ClassifierTexts</name>
    <message>
        <source>Loss at step {step}: {loss}</source>
        <extracomment>``model.fit`` or ``GradientTape``: how each mode is named in the previous run&apos;s label. Above this size a readout switches to scientific notation (a diverged loss of 1e30 would otherwise show 31 digits).</extracomment>
        <translation>第 {step} 步的损失：{loss}</translation>
    </message>
    <message>
        <source>The learning rate {learning_rate} is probably too large: lower it (the notebook uses 0.1), reset and run again.</source>
        <translation>学习率 {learning_rate} 可能太大：请调低（笔记本用的是 0.1），重置后再运行。</translation>
    </message>
    <message>
        <source>Training diverged: the loss or the weights are no longer finite numbers.</source>
        <translation>训练发散：损失或权重已不再是有限的数。</translation>
    </message>
    <message>
        <source>Training diverged: the loss grew from {start} to {newest} (over {factor}× its start).</source>
        <translation>训练发散：损失从 {start} 增长到 {newest}（超过起始值的 {factor} 倍）。</translation>
    </message>
    <message>
        <source>No point near the right click to remove.</source>
        <translation>右键单击处附近没有可删除的点。</translation>
    </message>
    <message>
        <source>The last two training points cannot be removed: a model needs something to train on.</source>
        <translation>最后两个训练点不能删除：模型需要有数据来训练。</translation>
    </message>
    <message>
        <source>A point can be added only between −{limit} and {limit} on both axes; zoom back in.</source>
        <translation>只能在两个坐标轴的 −{limit} 到 {limit} 之间添加点；请把视图缩放回来。</translation>
    </message>
    <message>
        <source>There is no history yet: train first.</source>
        <translation>还没有历史记录：请先训练。</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>批量 {size}</translation>
    </message>
    <message>
        <source>previous: {mode}, lr {learning_rate}, {batching}</source>
        <translation>上一次：{mode}，学习率 {learning_rate}，{batching}</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>TensorFlow code</source>
        <translation>TensorFlow 代码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>把代码复制到剪贴板</translation>
    </message>
    <message>
        <source>Save as .py…</source>
        <translation>另存为 .py…</translation>
    </message>
    <message>
        <source>Save the code as a Python script</source>
        <translation>把代码保存为 Python 脚本</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>保存代码</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>tf.ones(shape): a tensor of ones, float32 unless a dtype is given.</source>
        <translation>tf.ones(shape)：全为 1 的张量，除非指定 dtype，否则为 float32。</translation>
    </message>
    <message>
        <source>tf.zeros(shape): a tensor of zeros.</source>
        <translation>tf.zeros(shape)：全为 0 的张量。</translation>
    </message>
    <message>
        <source>tf.random.normal(shape, mean, stddev): random values from a normal distribution; with a seed, tf.random.stateless_normal gives the same values on every run.</source>
        <translation>tf.random.normal(shape, mean, stddev)：取自正态分布的随机值；设了种子时，tf.random.stateless_normal 每次运行都给出相同的值。</translation>
    </message>
    <message>
        <source>tf.random.uniform(shape, minval, maxval): random values in [minval, maxval); with a seed, tf.random.stateless_uniform gives the same values on every run.</source>
        <translation>tf.random.uniform(shape, minval, maxval)：[minval, maxval) 内的随机值；设了种子时，tf.random.stateless_uniform 每次运行都给出相同的值。</translation>
    </message>
    <message>
        <source>tf.constant(value): a tensor from the numbers typed, e.g. [[1, 2], [3, 4]] (ints give int32, floats float32).</source>
        <translation>tf.constant(value)：由输入的数构成的张量，例如 [[1, 2], [3, 4]]（整数得到 int32，浮点数得到 float32）。</translation>
    </message>
    <message>
        <source>np.ones(shape): a NumPy array of ones; NumPy&apos;s default dtype is float64.</source>
        <translation>np.ones(shape)：全为 1 的 NumPy 数组；NumPy 的默认 dtype 是 float64。</translation>
    </message>
    <message>
        <source>np.zeros(shape): a NumPy array of zeros, float64.</source>
        <translation>np.zeros(shape)：全为 0 的 NumPy 数组，float64。</translation>
    </message>
    <message>
        <source>np.random.default_rng(seed).normal(mean, stddev, size=shape): NumPy random values, float64.</source>
        <translation>np.random.default_rng(seed).normal(mean, stddev, size=shape)：NumPy 的随机值，float64。</translation>
    </message>
    <message>
        <source>np.random.default_rng(seed).uniform(minval, maxval, size=shape): NumPy random values in [minval, maxval), float64.</source>
        <translation>np.random.default_rng(seed).uniform(minval, maxval, size=shape)：[minval, maxval) 内的 NumPy 随机值，float64。</translation>
    </message>
    <message>
        <source>np.array(value): a NumPy array from the numbers typed (ints give int64, floats float64).</source>
        <translation>np.array(value)：由输入的数构成的 NumPy 数组（整数得到 int64，浮点数得到 float64）。</translation>
    </message>
    <message>
        <source>tf.square: each element squared.</source>
        <translation>tf.square：每个元素平方。</translation>
    </message>
    <message>
        <source>tf.sqrt: each element&apos;s square root; negative elements give NaN, not an error.</source>
        <translation>tf.sqrt：每个元素的平方根；负数元素得到 NaN，而不是报错。</translation>
    </message>
    <message>
        <source>tf.exp: e to the power of each element.</source>
        <translation>tf.exp：e 的每个元素次幂。</translation>
    </message>
    <message>
        <source>tf.math.log: natural logarithm; log(0) is -inf and log of a negative is NaN.</source>
        <translation>tf.math.log：自然对数；log(0) 为 -inf，负数的对数为 NaN。</translation>
    </message>
    <message>
        <source>tf.nn.relu: max(x, 0) for each element.</source>
        <translation>tf.nn.relu：对每个元素取 max(x, 0)。</translation>
    </message>
    <message>
        <source>tf.abs: absolute value of each element.</source>
        <translation>tf.abs：每个元素的绝对值。</translation>
    </message>
    <message>
        <source>x + y (tf.add): element-wise sum, with broadcasting.</source>
        <translation>x + y（tf.add）：逐元素求和，支持广播。</translation>
    </message>
    <message>
        <source>x - y (tf.subtract): element-wise difference.</source>
        <translation>x - y（tf.subtract）：逐元素求差。</translation>
    </message>
    <message>
        <source>x * y (tf.multiply): element-wise product, not matmul.</source>
        <translation>x * y（tf.multiply）：逐元素相乘，不是矩阵乘法。</translation>
    </message>
    <message>
        <source>x / y (tf.divide): element-wise true division.</source>
        <translation>x / y（tf.divide）：逐元素真除法。</translation>
    </message>
    <message>
        <source>tf.matmul: matrix product; x&apos;s last axis must equal y&apos;s second-to-last.</source>
        <translation>tf.matmul：矩阵乘法；x 的最后一个轴必须等于 y 的倒数第二个轴。</translation>
    </message>
    <message>
        <source>tf.transpose: reverses the axes.</source>
        <translation>tf.transpose：把轴的顺序反过来。</translation>
    </message>
    <message>
        <source>tf.reshape: same elements in a new shape; one size may be -1.</source>
        <translation>tf.reshape：同样的元素排成新形状；可以有一个大小为 -1。</translation>
    </message>
    <message>
        <source>tf.reduce_sum: sum over an axis (empty = over all elements).</source>
        <translation>tf.reduce_sum：沿某个轴求和（留空表示对所有元素）。</translation>
    </message>
    <message>
        <source>tf.reduce_mean: mean over an axis (empty = over all elements).</source>
        <translation>tf.reduce_mean：沿某个轴求平均（留空表示对所有元素）。</translation>
    </message>
    <message>
        <source>tf.cast: the same values converted to another dtype (floats to ints truncate).</source>
        <translation>tf.cast：把同样的值转换成另一种 dtype（浮点数转整数会截断）。</translation>
    </message>
    <message>
        <source>x.numpy(): the tensor&apos;s values as a NumPy ndarray (a copy).</source>
        <translation>x.numpy()：以 NumPy ndarray 形式返回张量的值（一份副本）。</translation>
    </message>
    <message>
        <source>np.add(x, 1): a NumPy function applied to a tensor returns an ndarray.</source>
        <translation>np.add(x, 1)：NumPy 函数作用于张量，返回 ndarray。</translation>
    </message>
    <message>
        <source>tf.multiply(x, 42): a TensorFlow op applied to an ndarray returns a tensor and keeps its dtype (float64 from NumPy).</source>
        <translation>tf.multiply(x, 42)：TensorFlow 运算作用于 ndarray，返回张量并保留其 dtype（来自 NumPy 的 float64）。</translation>
    </message>
    <message>
        <source>tf.Variable(x): a variable whose initial value is x; it can be assigned to.</source>
        <translation>tf.Variable(x)：初始值为 x 的变量；可以被赋值。</translation>
    </message>
    <message>
        <source>tf.constant(x): an immutable tensor with x&apos;s values and dtype.</source>
        <translation>tf.constant(x)：具有 x 的值和 dtype 的不可变张量。</translation>
    </message>
    <message>
        <source>Notebook: loss_val = |y_true − (w·x + b)|</source>
        <translation>笔记本：loss_val = |y_true − (w·x + b)|</translation>
    </message>
    <message>
        <source>The worked example of Chollet&apos;s ch. 3: forward 6, 7, 3; backward ∂loss_val/∂w = 2 and ∂loss_val/∂b = 1.</source>
        <translation>Chollet 第 3 章的算例：前向 6、7、3；反向 ∂loss_val/∂w = 2，∂loss_val/∂b = 1。</translation>
    </message>
    <message>
        <source>r = x**2 with a variable x</source>
        <translation>r = x**2，x 为变量</translation>
    </message>
    <message>
        <source>x = tf.Variable(3.) is watched automatically: d(x²)/dx = 2·3 = 6.</source>
        <translation>x = tf.Variable(3.) 会被自动跟踪：d(x²)/dx = 2·3 = 6。</translation>
    </message>
    <message>
        <source>r = square(x) with a constant x (needs tape.watch)</source>
        <translation>r = square(x)，x 为常量（需要 tape.watch）</translation>
    </message>
    <message>
        <source>tf.constant(3.) is not watched, so its gradient is None. Set its kind to &apos;watched&apos; (tape.watch) and it becomes 6.</source>
        <translation>tf.constant(3.) 不被跟踪，所以它的梯度是 None。把它的种类设为 &apos;watched&apos;（tape.watch），梯度就变成 6。</translation>
    </message>
    <message>
        <source>relu and abs at 0 (kinks)</source>
        <translation>relu 和 abs 在 0 处（拐点）</translation>
    </message>
    <message>
        <source>Both functions have a corner at 0. TensorFlow&apos;s gradient is 0 for both; a central finite difference gives 0.5 for relu (and 0 for abs, where a one-sided one gives 1).</source>
        <translation>两个函数在 0 处都有拐角。TensorFlow 给出的梯度都是 0；中心有限差分对 relu 给出 0.5（对 abs 给出 0，而单侧差分给出 1）。</translation>
    </message>
    <message>
        <source>Logistic loss of one point</source>
        <translation>单个点的 logistic 损失</translation>
    </message>
    <message>
        <source>The course&apos;s loss log(1 + exp(o)) − y·o for one point. logit feeds two nodes, so its gradient is the sum of two paths: σ(o) − y.</source>
        <translation>课程中单个点的损失 log(1 + exp(o)) − y·o。logit 流向两个节点，所以它的梯度是两条路径之和：σ(o) − y。</translation>
    </message>
    <message>
        <source>Two-layer network (3 inputs, 4 hidden, 2 classes)</source>
        <translation>两层网络（3 个输入、4 个隐藏单元、2 个类别）</translation>
    </message>
    <message>
        <source>The lesson&apos;s loss(y_true, softmax(relu(x·W1 + b1)·W2 + b2)) at small sizes: matrix nodes, ∂L/∂W = xᵀ·∂L/∂(x·W), and b&apos;s gradient summed over the batch axis.</source>
        <translation>课程中的 loss(y_true, softmax(relu(x·W1 + b1)·W2 + b2))，取较小的尺寸：矩阵节点，∂L/∂W = xᵀ·∂L/∂(x·W)，b 的梯度沿批量轴求和。</translation>
    </message>
    <message>
        <source>None is not 0 (no path vs zero slope)</source>
        <translation>None 不等于 0（没有路径与斜率为零）</translation>
    </message>
    <message>
        <source>w reaches the output through relu at −1, a zero slope: its gradient is 0. d and side do not reach the output at all: their gradient is None.</source>
        <translation>w 经过 −1 处的 relu 到达输出，斜率为零：它的梯度是 0。d 和 side 根本到达不了输出：它们的梯度是 None。</translation>
    </message>
    <message>
        <source>Integer variable (int32 → None)</source>
        <translation>整数变量（int32 → None）</translation>
    </message>
    <message>
        <source>tf.Variable(3) is an int32 variable; gradients exist for floating-point tensors only, so tape.gradient gives None. Change the dtype to float32 to get 6.</source>
        <translation>tf.Variable(3) 是 int32 变量；只有浮点张量才有梯度，所以 tape.gradient 给出 None。把 dtype 改为 float32 即得 6。</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>The previous data are kept.</source>
        <extracomment>A right click removes the nearest point within this distance, in pixels.</extracomment>
        <translation>保留原来的数据。</translation>
    </message>
    <message>
        <source>Imported {count} points from {name} ({positive} of class 1).</source>
        <translation>从 {name} 导入了 {count} 个点（其中 {positive} 个属于类别 1）。</translation>
    </message>
    <message>
        <source>Saved {count} points to {path}.</source>
        <translation>已将 {count} 个点保存到 {path}。</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>导入点</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>导出点</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DataBox</name>
    <message>
        <source>Two Gaussians (the notebook&apos;s)</source>
        <translation>两个高斯类（笔记本中的）</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>异或（XOR）</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <source>Spirals</source>
        <translation>双螺旋</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Which points to draw; a straight line cannot separate XOR, circles, moons or spirals</source>
        <translation>要生成哪种点；异或、同心圆、双月形和双螺旋都无法用一条直线分开</translation>
    </message>
    <message>
        <source>Points drawn per class</source>
        <translation>每个类别生成的点数</translation>
    </message>
    <message>
        <source>Mean of class 0, two numbers, e.g. [0, 3]</source>
        <translation>类别 0 的均值，两个数，例如 [0, 3]</translation>
    </message>
    <message>
        <source>Mean of class 1, two numbers, e.g. [3, 0]</source>
        <translation>类别 1 的均值，两个数，例如 [3, 0]</translation>
    </message>
    <message>
        <source>Covariance shared by both classes: symmetric positive semi-definite 2×2</source>
        <translation>两个类别共用的协方差：对称半正定的 2×2 矩阵</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to every coordinate of the preset shapes</source>
        <translation>加到预设形状每个坐标上的高斯噪声的标准差</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Random seed of the data and the split; &apos;random&apos; draws new data each time</source>
        <translation>数据和划分所用的随机种子；选“随机”时每次都生成新数据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Share of the points held out as a test set; their loss and accuracy are plotted dashed</source>
        <translation>留作测试集的点所占比例；它们的损失和准确率以虚线画出</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>重新生成数据</translation>
    </message>
    <message>
        <source>Draw new points with these settings (stops training)</source>
        <translation>按这些设置生成新的点（会停止训练）</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>类别 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>类别 1</translation>
    </message>
    <message>
        <source>A left click on the scatter adds a training point of this class; a right click removes the nearest point. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>在散点图上左键单击可添加一个此类别的训练点；右键单击删除最近的点。Ctrl+Z 撤销，Ctrl+Shift+Z 重做。</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file of lines x, y, label</source>
        <translation>从每行为 x, y, label 的 CSV 文件读取点</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Write the points as x, y, label</source>
        <translation>把点写成 x, y, label 格式</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Points per class</source>
        <translation>每类点数</translation>
    </message>
    <message>
        <source>Class 0 mean</source>
        <translation>类别 0 均值</translation>
    </message>
    <message>
        <source>Class 1 mean</source>
        <translation>类别 1 均值</translation>
    </message>
    <message>
        <source>Covariance</source>
        <translation>协方差</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Click adds</source>
        <translation>单击添加</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Loading TensorFlow… The devices, benchmark and demos are ready once it is.</source>
        <extracomment>A notebook&apos;s first devices cell when the session split the CPU (before TF starts).</extracomment>
        <translation>正在加载 TensorFlow… 加载完成后即可查看设备、运行基准测试和演示。</translation>
    </message>
    <message>
        <source>Matrix sizes n, {minimum} to {maximum}, separated by commas; each is an n×n @ n×n float32 product</source>
        <translation>矩阵大小 n，取 {minimum} 到 {maximum}，用逗号分隔；每个都是一次 n×n @ n×n 的 float32 乘法</translation>
    </message>
    <message>
        <source>Timed products per size and device; the median is shown</source>
        <translation>每个大小、每个设备计时的乘法次数；显示中位数</translation>
    </message>
    <message>
        <source>NumPy @ as a reference</source>
        <translation>以 NumPy @ 作为参照</translation>
    </message>
    <message>
        <source>Also time NumPy&apos;s a @ b on the CPU</source>
        <translation>同时在 CPU 上为 NumPy 的 a @ b 计时</translation>
    </message>
    <message>
        <source>Run benchmark</source>
        <translation>运行基准测试</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Warm up, then time tf.matmul on each device ({key})</source>
        <translation>先预热，再在每个设备上为 tf.matmul 计时（{key}）</translation>
    </message>
    <message>
        <source>Stop after the product being timed ({key})</source>
        <translation>在当前计时的乘法结束后停止（{key}）</translation>
    </message>
    <message>
        <source>Benchmark progress</source>
        <translation>基准测试进度</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Sizes n</source>
        <translation>大小 n</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Benchmark: float32 tf.matmul</source>
        <translation>基准测试：float32 tf.matmul</translation>
    </message>
    <message>
        <source>with tf.device(...): pick a device or type one, e.g. /GPU:0 (TensorFlow places the op elsewhere if that device does not exist)</source>
        <translation>with tf.device(...)：选择或输入一个设备，例如 /GPU:0（该设备不存在时，TensorFlow 会把运算放到别处）</translation>
    </message>
    <message>
        <source>Run a small op and show the device it ran on</source>
        <translation>运行一个小运算，并显示它在哪个设备上执行</translation>
    </message>
    <message>
        <source>Placement: where does an op run?</source>
        <translation>放置：运算在哪里执行？</translation>
    </message>
    <message>
        <source>The device the classifier (and the lab&apos;s default_device()) computes on</source>
        <translation>分类器（以及本实验的 default_device()）所用的计算设备</translation>
    </message>
    <message>
        <source>Automatic (first GPU, else CPU)</source>
        <translation>自动（优先第一块 GPU，否则 CPU）</translation>
    </message>
    <message>
        <source>tf.config.set_logical_device_configuration: split the CPU into this many logical devices (applied at the next start)</source>
        <translation>tf.config.set_logical_device_configuration：把 CPU 拆分成这么多个逻辑设备（下次启动时生效）</translation>
    </message>
    <message>
        <source>GPU memory growth</source>
        <translation>GPU 显存按需增长</translation>
    </message>
    <message>
        <source>tf.config.experimental.set_memory_growth(gpu, True): take GPU memory as needed instead of nearly all of it (applied at the next start)</source>
        <translation>tf.config.experimental.set_memory_growth(gpu, True)：按需占用 GPU 显存，而不是一开始几乎全部占用（下次启动时生效）</translation>
    </message>
    <message>
        <source>Try to apply now</source>
        <translation>尝试立即应用</translation>
    </message>
    <message>
        <source>Ask TensorFlow to apply the CPU split and memory growth now; it refuses once its runtime has started</source>
        <translation>请 TensorFlow 立即应用 CPU 拆分和显存增长；运行时启动后它会拒绝</translation>
    </message>
    <message>
        <source>Classifier trains on</source>
        <translation>分类器训练设备</translation>
    </message>
    <message>
        <source>Logical CPUs</source>
        <translation>逻辑 CPU 数</translation>
    </message>
    <message>
        <source>Device set-up (kept for the next start)</source>
        <translation>设备设置（保留到下次启动）</translation>
    </message>
    <message>
        <source>Numbers to sum, one share per replica, e.g. [1, 2, 3, 4]</source>
        <translation>要求和的数，每个副本分得一份，例如 [1, 2, 3, 4]</translation>
    </message>
    <message>
        <source>Sum with MirroredStrategy</source>
        <translation>用 MirroredStrategy 求和</translation>
    </message>
    <message>
        <source>tf.distribute.MirroredStrategy over the logical CPUs: each replica sums its share, then the partial sums are reduced</source>
        <translation>在逻辑 CPU 上使用 tf.distribute.MirroredStrategy：每个副本对自己那一份求和，再把部分和归约起来</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Distribution in miniature</source>
        <translation>分布式的缩影</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask TensorFlow again (devices, GPU memory in use)</source>
        <translation>重新询问 TensorFlow（设备、已用 GPU 显存）</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Copy everything shown here as Markdown</source>
        <translation>把这里显示的全部内容以 Markdown 格式复制</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Save everything shown here as a Markdown file</source>
        <translation>把这里显示的全部内容保存为 Markdown 文件</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布式</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded, so no device can be listed or timed.</source>
        <translation>无法加载 TensorFlow，因此无法列出设备或计时。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>TensorFlow could not list its devices: {error}</source>
        <translation>TensorFlow 无法列出设备：{error}</translation>
    </message>
    <message>
        <source>The lab computes on &lt;b&gt;{device}&lt;/b&gt; · TensorFlow {version} · built with CUDA: {cuda}</source>
        <translation>本实验在 &lt;b&gt;{device}&lt;/b&gt; 上计算 · TensorFlow {version} · 含 CUDA 支持：{cuda}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>logical</source>
        <translation>逻辑</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>计算能力</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>已用显存</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>怎么办：</translation>
    </message>
    <message>
        <source>Why TensorFlow lists no GPU</source>
        <translation>为什么 TensorFlow 没有列出 GPU</translation>
    </message>
    <message>
        <source>GPU float32 matmuls may use TensorFloat-32.</source>
        <translation>GPU 上的 float32 矩阵乘法可能使用 TensorFloat-32。</translation>
    </message>
    <message>
        <source>GPU float32 matmuls use full float32.</source>
        <translation>GPU 上的 float32 矩阵乘法使用完整的 float32。</translation>
    </message>
    <message>
        <source>TensorFlow uses {count} GPU(s).</source>
        <translation>TensorFlow 使用 {count} 块 GPU。</translation>
    </message>
    <message>
        <source>Memory in use is refreshed with Refresh.</source>
        <translation>点“刷新”更新已用显存。</translation>
    </message>
    <message>
        <source>qt (runtime)</source>
        <translation>qt（运行时）</translation>
    </message>
    <message>
        <source>build: {key}</source>
        <translation>构建：{key}</translation>
    </message>
    <message>
        <source>TensorFloat-32 on GPUs</source>
        <translation>GPU 上的 TensorFloat-32</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{device} (not present now)</source>
        <translation>{device}（当前不存在）</translation>
    </message>
    <message>
        <source>(TensorFlow chooses)</source>
        <translation>（由 TensorFlow 选择）</translation>
    </message>
    <message>
        <source>Nothing was run; the results shown are kept.</source>
        <translation>没有运行任何计算；已显示的结果保持不变。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelled; {count} finished timing(s) kept.</source>
        <translation>已取消；保留 {count} 个已完成的计时。</translation>
    </message>
    <message>
        <source>The benchmark stopped with an error: {message}</source>
        <translation>基准测试因错误而停止：{message}</translation>
    </message>
    <message>
        <source>Done: {count} timings in {seconds} s.</source>
        <translation>完成：{seconds} 秒内完成 {count} 个计时。</translation>
    </message>
    <message>
        <source>Timing {target} · n = {size} · {stage}</source>
        <translation>正在计时 {target} · n = {size} · {stage}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Median ms</source>
        <translation>中位数（毫秒）</translation>
    </message>
    <message>
        <source>Row blocks</source>
        <translation>行块数</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>没有运行任何计算。</translation>
    </message>
    <message>
        <source>ran on &lt;b&gt;{device}&lt;/b&gt;</source>
        <translation>在 &lt;b&gt;{device}&lt;/b&gt; 上执行</translation>
    </message>
    <message>
        <source>The lab now computes on {device}. The classifier uses it for its next model (Regenerate data there), and at every start.</source>
        <translation>本实验现在在 {device} 上计算。分类器会在下一个模型（在那里点“重新生成数据”）以及每次启动时使用它。</translation>
    </message>
    <message>
        <source>Nothing to apply: choose 2 to 4 logical CPUs or GPU memory growth first.</source>
        <translation>没有可应用的设置：请先选择 2 到 4 个逻辑 CPU 或 GPU 显存按需增长。</translation>
    </message>
    <message>
        <source>Restart needed. TensorFlow configures devices only before its runtime starts, and it has started (it listed its devices).</source>
        <translation>需要重新启动。TensorFlow 只能在其运行时启动前配置设备，而它已经启动了（已列出设备）。</translation>
    </message>
    <message>
        <source>The choice is saved and applied at the next start of the lab.</source>
        <translation>该选择已保存，下次启动本实验时生效。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Now: {count} logical CPU(s), memory growth {growth}.</source>
        <translation>当前：{count} 个逻辑 CPU，显存按需增长{growth}。</translation>
    </message>
    <message>
        <source>At the next start: {count} logical CPU(s), memory growth {growth} (restart needed).</source>
        <translation>下次启动：{count} 个逻辑 CPU，显存按需增长{growth}（需要重新启动）。</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Partial sum</source>
        <translation>部分和</translation>
    </message>
    <message>
        <source>over {count} replica(s)</source>
        <translation>（共 {count} 个副本）</translation>
    </message>
    <message>
        <source>Set Logical CPUs to 2–4 above and restart to spread it over more replicas.</source>
        <translation>在上方把逻辑 CPU 数设为 2–4 并重新启动，即可分散到更多副本上。</translation>
    </message>
    <message>
        <source>Sum {total} from {count} replica(s).</source>
        <translation>{count} 个副本求得总和 {total}。</translation>
    </message>
    <message>
        <source>The report is on the clipboard (Markdown).</source>
        <translation>报告已复制到剪贴板（Markdown）。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {reason}. Choose a folder you can write to.</source>
        <translation>无法把报告保存到 {path}：{reason}。请选择一个可写的文件夹。</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>{path} could not be written: {reason}. Choose a folder you can write to; no file was changed.</source>
        <translation>无法写入 {path}：{reason}。请选择一个可以写入的文件夹；没有任何文件被改动。</translation>
    </message>
</context>
<context>
    <name>GraphDrawing</name>
    <message>
        <source>Click a node to see its value, its gradient and the formulas behind them</source>
        <extracomment>Smallest font scale used before the canvas grows wider: 9 pt × 0.7 ≈ 6.3 pt.</extracomment>
        <translation>点击节点，查看它的值、梯度以及背后的公式</translation>
    </message>
    <message>
        <source>The graph appears here once TensorFlow is loaded.</source>
        <translation>TensorFlow 加载后，计算图会显示在这里。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Forward: {forward} of {operations} operations evaluated · backward pass: {backward}</source>
        <translation>前向：{operations} 个运算中已计算 {forward} 个 · 反向传播：{backward}</translation>
    </message>
    <message>
        <source>blue: tf.Variable · grey: tf.constant · green: watched · orange: output · yellow: last step
red: path from the output to the selected node · ?: not computed yet · None: no gradient (not 0)</source>
        <translation>蓝：tf.Variable · 灰：tf.constant · 绿：被跟踪 · 橙：输出 · 黄：上一步
红：从输出到所选节点的路径 · ?：尚未计算 · None：没有梯度（不是 0）</translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <source>Lesson</source>
        <extracomment>The narrowest the pane gets, in pixels, so a small screen still fits a panel beside it. Heading sizes relative to the body text (Qt&apos;s Markdown defaults are too big for a pane).</extracomment>
        <translation>课程</translation>
    </message>
    <message>
        <source>The lesson of this panel: the idea in words, the formula and the TensorFlow code</source>
        <translation>本面板的课程：文字讲解、公式和 TensorFlow 代码</translation>
    </message>
    <message>
        <source>This panel has no lesson yet.</source>
        <translation>本面板还没有课程。</translation>
    </message>
    <message>
        <source>formula not rendered</source>
        <translation>公式未能渲染</translation>
    </message>
</context>
<context>
    <name>LogTabs</name>
    <message>
        <source>Training log</source>
        <extracomment>Lines the log keeps (the oldest go first).</extracomment>
        <translation>训练日志</translation>
    </message>
    <message>
        <source>The loss every 10 steps, as the notebook prints it, and what the model export did</source>
        <translation>每 10 步的损失（与笔记本打印的一样），以及模型导出的结果</translation>
    </message>
    <message>
        <source>Hand-written loop (tf.GradientTape)</source>
        <translation>手写循环（tf.GradientTape）</translation>
    </message>
    <message>
        <source>The same with Keras (model.fit)</source>
        <translation>用 Keras 做同样的事（model.fit）</translation>
    </message>
    <message>
        <source>Save plots…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Save the figure as PNG or SVG</source>
        <translation>把图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Save history CSV…</source>
        <translation>保存历史 CSV…</translation>
    </message>
    <message>
        <source>Every recorded step: loss, accuracy, test metrics and parameters</source>
        <translation>记录的每一步：损失、准确率、测试指标和参数</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>保存与导出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>正在加载 TensorFlow…</translation>
    </message>
    <message>
        <source>TensorFlow Intro Lab</source>
        <translation>TensorFlow 入门实验</translation>
    </message>
    <message>
        <source>Devices</source>
        <extracomment>The lesson pane&apos;s first width, in pixels (the user may drag it). On screens narrower than this (in pixels) the lesson starts closed: F1 opens it.</extracomment>
        <translation>设备</translation>
    </message>
    <message>
        <source>What TensorFlow sees on this computer (CPUs, GPUs, versions), why there is no GPU when there is none, and how fast a matrix product runs on each device.</source>
        <translation>TensorFlow 在这台电脑上看到了什么（CPU、GPU、版本），没有 GPU 时是什么原因，以及矩阵乘法在各设备上有多快。</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Constants, variables and operations you can touch: create tensors, assign into variables, apply ops, and see the TensorFlow line behind every click.</source>
        <translation>可以动手操作的常量、变量和运算：创建张量、给变量赋值、应用运算，并查看每次点击背后的 TensorFlow 代码。</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>A computation graph stepped forward node by node and backward through the chain rule, checked against tf.GradientTape.</source>
        <translation>逐个节点前向计算、再按链式法则反向计算的计算图，并与 tf.GradientTape 的结果对照。</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>The notebook&apos;s linear classifier trained live by gradient descent.</source>
        <translation>笔记本中的线性分类器，用梯度下降实时训练。</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>The four panels of the lesson (Ctrl+1 to Ctrl+4)</source>
        <translation>本课的四个面板（Ctrl+1 到 Ctrl+4）</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a session file: workspace, graph and classifier as they were saved</source>
        <translation>打开会话文件：工作区、计算图和分类器恢复到保存时的样子</translation>
    </message>
    <message>
        <source>Save &amp;session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the workspace, the graph and the classifier to a session file (JSON)</source>
        <translation>把工作区、计算图和分类器保存到会话文件（JSON）</translation>
    </message>
    <message>
        <source>Save &amp;screenshot…</source>
        <translation>保存截图(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a picture of the window as PNG</source>
        <translation>把窗口的图像保存为 PNG</translation>
    </message>
    <message>
        <source>Export session as &amp;notebook…</source>
        <translation>将会话导出为笔记本(&amp;N)…</translation>
    </message>
    <message>
        <source>Write the code of everything done in this session, panel by panel, as a Jupyter notebook (.ipynb)</source>
        <translation>把本次会话中做过的所有操作的代码，按面板逐个写成 Jupyter 笔记本（.ipynb）</translation>
    </message>
    <message>
        <source>Save session as .&amp;py…</source>
        <translation>将会话另存为 .py(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the same code as a Python script with # %% cells</source>
        <translation>把同样的代码写成带 # %% 单元的 Python 脚本</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the lab (running work is stopped first)</source>
        <translation>关闭本实验（先停止正在进行的工作）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the lesson beside the panel</source>
        <translation>显示或隐藏面板旁的课程</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Versions of the lab and of TensorFlow</source>
        <translation>本实验和 TensorFlow 的版本</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>关于{title}</translation>
    </message>
    <message>
        <source>A desktop lab for the first lesson of TensorFlow and Keras.</source>
        <translation>用于 TensorFlow 和 Keras 第一课的桌面实验。</translation>
    </message>
    <message>
        <source>The session could not be saved to {path}: {reason}. Choose a folder you can write to; no file was changed.</source>
        <translation>无法把会话保存到 {path}：{reason}。请选择一个可写的文件夹；没有文件被修改。</translation>
    </message>
    <message>
        <source>Session saved to {path} ({count} panel(s)).</source>
        <translation>会话已保存到 {path}（{count} 个面板）。</translation>
    </message>
    <message>
        <source>The session {path} was not opened: {reason}. Nothing was changed.</source>
        <translation>没有打开会话 {path}：{reason}。没有做任何修改。</translation>
    </message>
    <message>
        <source>The {panel} panel could not take its part of the session: {reason}</source>
        <translation>“{panel}”面板无法载入会话中属于它的部分：{reason}</translation>
    </message>
    <message>
        <source>Opened the session {path}.</source>
        <translation>已打开会话 {path}。</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Lab session (*.json)</source>
        <translation>实验会话 (*.json)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Nothing to export yet: create a tensor, build a graph or run a demo first. The notebook holds the code of what you do.</source>
        <translation>还没有可导出的内容：请先创建张量、构建计算图或运行一个演示。笔记本记录的是你所做操作的代码。</translation>
    </message>
    <message>
        <source>{title} — session</source>
        <translation>{title} — 会话</translation>
    </message>
    <message>
        <source>The session could not be written to {path}: {reason}. Choose a folder you can write to; no file was changed.</source>
        <translation>无法把会话写入 {path}：{reason}。请选择一个可写的文件夹；没有文件被修改。</translation>
    </message>
    <message>
        <source>Saved {count} panel(s) to {path}.</source>
        <translation>已把 {count} 个面板保存到 {path}。</translation>
    </message>
    <message>
        <source>Export session as notebook</source>
        <translation>将会话导出为笔记本</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter 笔记本 (*.ipynb)</translation>
    </message>
    <message>
        <source>Save session as .py</source>
        <translation>将会话另存为 .py</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>The lessons are in {language} now; the rest of the interface switches at the next start of the lab.</source>
        <translation>课程现在显示为{language}；界面的其余部分将在下次启动本实验时切换。</translation>
    </message>
    <message>
        <source>TensorFlow {version} · device {device}</source>
        <translation>TensorFlow {version} · 设备 {device}</translation>
    </message>
    <message>
        <source>The {panel} panel could not start: {error}</source>
        <translation>{panel}面板无法启动：{error}</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded</source>
        <translation>无法加载 TensorFlow</translation>
    </message>
    <message>
        <source>Finishing the TensorFlow import before closing…</source>
        <translation>正在完成 TensorFlow 的导入，然后关闭…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message>
        <source>Export model to other runtimes…</source>
        <extracomment>How long closing waits for a format being written (a TF Lite conversion takes seconds).</extracomment>
        <translation>将模型导出到其他运行时…</translation>
    </message>
    <message>
        <source>Save the trained model as a .keras file, a SavedModel (model.export) and a TF Lite model; load each back and compare its predictions with the live model</source>
        <translation>把训练好的模型保存为 .keras 文件、SavedModel（model.export）和 TF Lite 模型；再逐个加载回来，把它们的预测与当前模型比较</translation>
    </message>
    <message>
        <source>{directory} is not a folder; choose an existing folder to export the model into.</source>
        <translation>{directory} 不是文件夹；请选择一个已存在的文件夹来导出模型。</translation>
    </message>
    <message>
        <source>Exporting: .keras, SavedModel, TF Lite…</source>
        <translation>正在导出：.keras、SavedModel、TF Lite…</translation>
    </message>
    <message>
        <source>Saved {format} to {path}; predictions on the {count} points differ from the live model by at most {difference}. Load it with:</source>
        <translation>已将 {format} 保存到 {path}；在 {count} 个点上的预测与当前模型最多相差 {difference}。用以下代码加载：</translation>
    </message>
    <message>
        <source>The export stopped with an error: {message}</source>
        <translation>导出因错误而停止：{message}</translation>
    </message>
    <message>
        <source>Exported the model three ways; every copy&apos;s predictions match the live model&apos;s to within {difference}.</source>
        <translation>已用三种方式导出模型；每个副本的预测与当前模型的差别都在 {difference} 以内。</translation>
    </message>
    <message>
        <source>Export the model into a folder</source>
        <translation>将模型导出到文件夹</translation>
    </message>
</context>
<context>
    <name>NowBox</name>
    <message>
        <source>Step</source>
        <extracomment>Names of the readouts, in reading order.</extracomment>
        <translation>步</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Misclassified</source>
        <translation>分错的点</translation>
    </message>
    <message>
        <source>Steps/s</source>
        <translation>步/秒</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>The readouts that show training progress (cleared at a new start). Below this width (pixels) the readouts take two pairs a row instead of three.</extracomment>
        <translation>当前</translation>
    </message>
    <message>
        <source>{step} (replay)</source>
        <translation>{step}（回放）</translation>
    </message>
    <message>
        <source>hidden layer: {count} parameters</source>
        <translation>隐藏层：{count} 个参数</translation>
    </message>
    <message>
        <source>{wrong} of {count}</source>
        <translation>{count} 个中的 {wrong} 个</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>正在加载 TensorFlow…</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded: {reason}</source>
        <translation>无法加载 TensorFlow：{reason}</translation>
    </message>
</context>
<context>
    <name>ParameterView</name>
    <message>
        <source>Loss over W
at the current b</source>
        <translation>W 上的损失
（当前 b 下）</translation>
    </message>
    <message>
        <source>The parameter view shows the linear model&apos;s two weights; a hidden layer has many more.</source>
        <translation>参数视图显示的是线性模型的两个权重；有隐藏层时权重要多得多。</translation>
    </message>
    <message>
        <source>drag the point</source>
        <translation>拖动该点</translation>
    </message>
</context>
<context>
    <name>PointEdits</name>
    <message>
        <source>add a class {label} point at ({x}, {y})</source>
        <translation>在 ({x}, {y}) 添加一个类别 {label} 的点</translation>
    </message>
    <message>
        <source>remove the class {label} point at ({x}, {y})</source>
        <translation>删除 ({x}, {y}) 处类别 {label} 的点</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Replay: show any earlier step&apos;s model and mark it on the curves (pauses training). At the right end the plots are live again.</source>
        <translation>回放：显示之前任一步的模型，并在曲线上标出该步（会暂停训练）。滑到最右端时图表恢复实时显示。</translation>
    </message>
    <message>
        <source>Replay step</source>
        <translation>回放的步</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Step {step} of {count} (replay)</source>
        <translation>第 {step} 步，共 {count} 步（回放）</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>button: run one step</comment>
        <translation>步</translation>
    </message>
    <message>
        <source>Run exactly one gradient-descent step (one batch)</source>
        <translation>只执行一步梯度下降（一个批次）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run num_steps steps (or resume a paused run)</source>
        <translation>执行 num_steps 步（或继续已暂停的运行）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop after the current step; Run resumes</source>
        <translation>在当前步之后停止；“运行”可继续</translation>
    </message>
    <message>
        <source>Reset to same start</source>
        <translation>回到相同起点</translation>
    </message>
    <message>
        <source>Back to this run&apos;s initial weights, to compare a learning rate or mode from the same start; the loss curve stays as &apos;previous run&apos;</source>
        <translation>回到本次运行的初始权重，以便从同一起点比较学习率或模式；损失曲线保留为“上一次运行”</translation>
    </message>
    <message>
        <source>New random start</source>
        <translation>新的随机起点</translation>
    </message>
    <message>
        <source>New random initial weights (W uniform in [0, 1), b = 0 for the linear model); same data</source>
        <translation>新的随机初始权重（线性模型中 W 在 [0, 1) 上均匀分布，b = 0）；数据不变</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>SaveActions</name>
    <message>
        <source>Saved the plots to {path}.</source>
        <translation>已将图表保存到 {path}。</translation>
    </message>
    <message>
        <source>Saved {count} steps (one in {stride} of {total} steps) to {path}.</source>
        <translation>已将 {count} 步保存到 {path}（{total} 步中每 {stride} 步取一步）。</translation>
    </message>
    <message>
        <source>Saved {count} steps to {path}.</source>
        <translation>已将 {count} 步保存到 {path}。</translation>
    </message>
    <message>
        <source>Save plots</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Save history</source>
        <translation>保存历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TensorHeatmap</name>
    <message>
        <source>Heatmap of the values shown in the table; NaN and inf are red</source>
        <extracomment>Arrays with at most this many cells get their values written on the heatmap.</extracomment>
        <translation>表格中数值的热力图；NaN 和 inf 显示为红色</translation>
    </message>
    <message>
        <source>empty: no values</source>
        <translation>空：没有数值</translation>
    </message>
    <message>
        <source>no tensor selected</source>
        <translation>未选择张量</translation>
    </message>
</context>
<context>
    <name>TensorsPanel</name>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>正在加载 TensorFlow…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>An immutable tf.Tensor: its values cannot change.</source>
        <translation>不可变的 tf.Tensor：它的值不能改变。</translation>
    </message>
    <message>
        <source>A tf.Variable: change it with assign, assign_add, assign_sub or a slice assign.</source>
        <translation>tf.Variable：可用 assign、assign_add、assign_sub 或切片赋值来修改。</translation>
    </message>
    <message>
        <source>A NumPy array (numpy.ndarray): mutable with x[i, j] = value.</source>
        <translation>NumPy 数组（numpy.ndarray）：可用 x[i, j] = value 修改。</translation>
    </message>
    <message>
        <source>A NumPy scalar (e.g. numpy.float32): one immutable number.</source>
        <translation>NumPy 标量（例如 numpy.float32）：一个不可变的数。</translation>
    </message>
    <message>
        <source>The Python/TensorFlow lines of every successful action; run top to bottom, they rebuild the workspace</source>
        <extracomment>The notebook&apos;s &quot;operations&quot; cells (Chollet, ch. 3), replayed by ``prepare_screenshot``.</extracomment>
        <translation>每个成功操作对应的 Python/TensorFlow 代码；从上到下运行即可重建工作区</translation>
    </message>
    <message>
        <source>Loading TensorFlow… Creating tensors works once it is ready.</source>
        <translation>正在加载 TensorFlow… 加载完成后即可创建张量。</translation>
    </message>
    <message>
        <source>How to make the new entry: a TensorFlow creator (tf.ones, tf.random.normal…) or a NumPy one (np.ones…)</source>
        <translation>新条目的创建方式：TensorFlow 的创建函数（tf.ones、tf.random.normal…）或 NumPy 的（np.ones…）</translation>
    </message>
    <message>
        <source>Python name of the new entry: letters, digits and _, not a keyword, not tf or np</source>
        <translation>新条目的 Python 名称：字母、数字和 _，不能是关键字，也不能是 tf 或 np</translation>
    </message>
    <message>
        <source>shape: sizes of the axes, e.g. (2, 3), (3,) or () for a scalar; at most 1,000,000 elements</source>
        <translation>shape：各轴的大小，例如 (2, 3)、(3,)，标量用 ()；最多 1,000,000 个元素</translation>
    </message>
    <message>
        <source>Value for tf.constant / np.array: a number or nested lists such as [[1, 2], [3, 4]] (read, never executed)</source>
        <translation>tf.constant / np.array 的值：一个数或嵌套列表，例如 [[1, 2], [3, 4]]（只读取，从不执行）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>dtype of the new entry; default = float32 for tf creators, float64 for NumPy, inferred for a typed value</source>
        <translation>新条目的 dtype；默认：tf 创建函数为 float32，NumPy 为 float64，输入的值则自动推断</translation>
    </message>
    <message>
        <source>mean of tf.random.normal&apos;s distribution</source>
        <translation>tf.random.normal 分布的均值 mean</translation>
    </message>
    <message>
        <source>stddev (standard deviation) of tf.random.normal&apos;s distribution</source>
        <translation>tf.random.normal 分布的标准差 stddev</translation>
    </message>
    <message>
        <source>minval: smallest value tf.random.uniform draws</source>
        <translation>minval：tf.random.uniform 抽取的最小值</translation>
    </message>
    <message>
        <source>maxval: tf.random.uniform draws values below it</source>
        <translation>maxval：tf.random.uniform 抽取的值都小于它</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>seed: &apos;none&apos; draws new numbers each run; a number uses tf.random.stateless_normal/uniform(seed=(seed, 0)), the same numbers every run</source>
        <translation>seed：“无”表示每次运行抽取新的数；填一个数则使用 tf.random.stateless_normal/uniform(seed=(seed, 0))，每次运行得到相同的数</translation>
    </message>
    <message>
        <source>as tf.Variable</source>
        <translation>作为 tf.Variable</translation>
    </message>
    <message>
        <source>Wrap the value in tf.Variable(initial_value=…) so it can be assigned to</source>
        <translation>用 tf.Variable(initial_value=…) 包装该值，使它可以被赋值</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Create a tensor</source>
        <translation>创建张量</translation>
    </message>
    <message>
        <source>The variable to change (try a constant to see why it cannot be changed)</source>
        <translation>要修改的变量（试试常量，看看它为什么不能修改）</translation>
    </message>
    <message>
        <source>The value to assign: a number, nested lists, or the name of an entry</source>
        <translation>要赋的值：一个数、嵌套列表或某个条目的名称</translation>
    </message>
    <message>
        <source>Slice for v[…].assign(value), NumPy style: 0:2, 0 or 1, : or ::2; empty = the whole variable</source>
        <translation>v[…].assign(value) 的切片，NumPy 写法：0:2, 0 或 1, : 或 ::2；留空表示整个变量</translation>
    </message>
    <message>
        <source>v.assign_add(value): v += value, in place; same shape as v</source>
        <translation>v.assign_add(value)：原地执行 v += value；形状须与 v 相同</translation>
    </message>
    <message>
        <source>v.assign_sub(value): v -= value, in place; same shape as v</source>
        <translation>v.assign_sub(value)：原地执行 v -= value；形状须与 v 相同</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Or double-click a cell of the table to edit one element.</source>
        <translation>也可以双击表格中的单元格来编辑单个元素。</translation>
    </message>
    <message>
        <source>Change a variable</source>
        <translation>修改变量</translation>
    </message>
    <message>
        <source>The TensorFlow operation to apply; the result is a new entry</source>
        <translation>要应用的 TensorFlow 运算；结果是一个新条目</translation>
    </message>
    <message>
        <source>x: an entry&apos;s name (the selected one) or a number</source>
        <translation>x：某个条目的名称（默认为选中的条目）或一个数</translation>
    </message>
    <message>
        <source>y: an entry&apos;s name or a number such as 2.0 (broadcast)</source>
        <translation>y：某个条目的名称或一个数，例如 2.0（广播）</translation>
    </message>
    <message>
        <source>axis for tf.reduce_sum/reduce_mean (empty = all) or the new shape for tf.reshape</source>
        <translation>tf.reduce_sum/reduce_mean 的 axis（留空表示全部），或 tf.reshape 的新形状</translation>
    </message>
    <message>
        <source>dtype for tf.cast(x, dtype)</source>
        <translation>tf.cast(x, dtype) 的 dtype</translation>
    </message>
    <message>
        <source>Name of the result; reuse x&apos;s name for e *= d style</source>
        <translation>结果的名称；沿用 x 的名称即为 e *= d 的写法</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>axis / shape</source>
        <translation>axis / 形状</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Apply an operation</source>
        <translation>应用运算</translation>
    </message>
    <message>
        <source>Applies to the selected entry.</source>
        <translation>作用于选中的条目。</translation>
    </message>
    <message>
        <source>NumPy ⇄ TensorFlow (selected entry)</source>
        <translation>NumPy ⇄ TensorFlow（选中的条目）</translation>
    </message>
    <message>
        <source>The workspace: every tensor, variable and NumPy array made so far; select one to view it</source>
        <translation>工作区：目前创建的所有张量、变量和 NumPy 数组；选中一个即可查看</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>New Python name for the selected entry</source>
        <translation>选中条目的新 Python 名称</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Give the selected entry a new name: new_name = name; del name</source>
        <translation>给选中的条目改名：new_name = name; del name</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Make the entry and append its TensorFlow line to the code (Enter in Name, Shape or Value)</source>
        <translation>创建条目，并把对应的 TensorFlow 代码追加到代码中（在名称、形状或值中按 Enter）</translation>
    </message>
    <message>
        <source>v.assign(value), or v[slice].assign(value) when a slice is typed (Enter in Value or Slice)</source>
        <translation>v.assign(value)；填写切片时为 v[slice].assign(value)（在值或切片中按 Enter）</translation>
    </message>
    <message>
        <source>Run the operation and store the result under the name (Enter in Result)</source>
        <translation>执行运算，并以该名称保存结果（在结果中按 Enter）</translation>
    </message>
    <message>
        <source>del name: remove the selected entry (Delete key in the workspace list)</source>
        <translation>del name：删除选中的条目（在工作区列表中按 Delete 键）</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Remove every entry and start the code afresh</source>
        <translation>删除所有条目，代码从头开始</translation>
    </message>
    <message>
        <source>No entry selected.</source>
        <translation>未选择条目。</translation>
    </message>
    <message>
        <source>The selected entry&apos;s values; double-click a cell to change it (a constant will refuse, as in TensorFlow)</source>
        <translation>选中条目的值；双击单元格即可修改（常量会拒绝，与 TensorFlow 中一样）</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Which two axes the table shows as rows and columns (for rank 3 and more)</source>
        <translation>表格以哪两个轴作为行和列（用于 3 阶及以上）</translation>
    </message>
    <message>
        <source>Rows, columns:</source>
        <translation>行、列：</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded, so tensors cannot be made.</source>
        <translation>无法加载 TensorFlow，因此无法创建张量。</translation>
    </message>
    <message>
        <source>TensorFlow is still loading; open the session once the status bar shows its version.</source>
        <translation>TensorFlow 仍在加载；等状态栏显示出它的版本后再打开会话。</translation>
    </message>
    <message>
        <source>Opened {count} entries from the session.</source>
        <translation>已从会话中打开 {count} 个条目。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何修改。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <source>Select an entry in the workspace list first; the conversion applies to it.</source>
        <translation>请先在工作区列表中选择一个条目；转换作用于它。</translation>
    </message>
    <message>
        <source>Select the entry to rename first.</source>
        <translation>请先选择要重命名的条目。</translation>
    </message>
    <message>
        <source>Select the entry to delete first.</source>
        <translation>请先选择要删除的条目。</translation>
    </message>
    <message>
        <source>The workspace is empty; the code starts afresh.</source>
        <translation>工作区已清空；代码从头开始。</translation>
    </message>
    <message>
        <source>axis, e.g. 0 (empty = all)</source>
        <translation>axis，例如 0（留空表示全部）</translation>
    </message>
    <message>
        <source>new shape, e.g. (4, 1) or (-1,)</source>
        <translation>新形状，例如 (4, 1) 或 (-1,)</translation>
    </message>
    <message>
        <source>Depends on an unseeded random draw: the code gives other numbers when run again.</source>
        <translation>依赖于未设种子的随机抽取：再次运行代码会得到不同的数。</translation>
    </message>
    <message>
        <source>No entry selected. Create a tensor on the left.</source>
        <translation>未选择条目。请在左侧创建一个张量。</translation>
    </message>
    <message>
        <source>editing a cell shows why a constant cannot change</source>
        <translation>编辑单元格可以看到常量为什么不能修改</translation>
    </message>
    <message>
        <source>double-click a cell: v[i, j].assign(x)</source>
        <translation>双击单元格：v[i, j].assign(x)</translation>
    </message>
    <message>
        <source>double-click a cell: x[i, j] = value</source>
        <translation>双击单元格：x[i, j] = value</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {kind}, shape {shape}, {dtype}, on {device}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {kind}，形状 {shape}，{dtype}，位于 {device}</translation>
    </message>
    <message>
        <source>axis {row}, axis {column}</source>
        <translation>轴 {row}，轴 {column}</translation>
    </message>
    <message>
        <source>axis {axis}: </source>
        <translation>轴 {axis}：</translation>
    </message>
    <message>
        <source>Index along axis {axis} of the slice shown (size {size})</source>
        <translation>所显示切片沿轴 {axis} 的索引（大小 {size}）</translation>
    </message>
    <message>
        <source>Axes {row}, {column} cannot be shown.</source>
        <translation>无法显示轴 {row}、{column}。</translation>
    </message>
</context>
<context>
    <name>TrainingBox</name>
    <message>
        <source>Hand-written loop (GradientTape)</source>
        <translation>手写循环（GradientTape）</translation>
    </message>
    <message>
        <source>Keras model.fit</source>
        <translation>Keras model.fit</translation>
    </message>
    <message>
        <source>Logistic loss (the course&apos;s)</source>
        <translation>逻辑损失（本课程所用）</translation>
    </message>
    <message>
        <source>Squared loss (the book&apos;s)</source>
        <translation>平方损失（书中所用）</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>每秒 30 步</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>每秒 10 步</translation>
    </message>
    <message>
        <source>5 steps/s</source>
        <translation>每秒 5 步</translation>
    </message>
    <message>
        <source>2 steps/s</source>
        <translation>每秒 2 步</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>每秒 1 步</translation>
    </message>
    <message>
        <source>Model and training</source>
        <translation>模型与训练</translation>
    </message>
    <message>
        <source>Train with the notebook&apos;s GradientTape loop or with Keras&apos;s model.fit (same start, same steps)</source>
        <translation>用笔记本中的 GradientTape 循环或 Keras 的 model.fit 训练（起点相同，步骤相同）</translation>
    </message>
    <message>
        <source>none (linear)</source>
        <translation>无（线性）</translation>
    </message>
    <message>
        <source>Activation of the hidden layer</source>
        <translation>隐藏层的激活函数</translation>
    </message>
    <message>
        <source>Parameter view: loss surface over W</source>
        <translation>参数视图：W 上的损失曲面</translation>
    </message>
    <message>
        <source>Show the loss over (W[0], W[1]) at the current b with the path of gradient descent; drag the point to set W (linear model)</source>
        <translation>在当前 b 下显示 (W[0], W[1]) 上的损失及梯度下降的路径；拖动该点可设置 W（线性模型）</translation>
    </message>
    <message>
        <source>Loss minimised by gradient descent</source>
        <translation>梯度下降所最小化的损失</translation>
    </message>
    <message>
        <source>learning_rate: W.assign_sub(grad_W * learning_rate)</source>
        <translation>learning_rate（学习率）：W.assign_sub(grad_W * learning_rate)</translation>
    </message>
    <message>
        <source>Steps that Run performs (num_steps); a step is a batch</source>
        <translation>“运行”执行的步数（num_steps）；一步处理一个批次</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>Samples per step; &apos;full batch&apos; uses them all, as the notebook does</source>
        <translation>每步的样本数；“全批量”与笔记本一样使用全部样本</translation>
    </message>
    <message>
        <source>Shuffle every epoch</source>
        <translation>每轮打乱</translation>
    </message>
    <message>
        <source>With mini-batches, visit the samples in a new order every epoch</source>
        <translation>使用小批量时，每轮以新的顺序遍历样本</translation>
    </message>
    <message>
        <source>Steps per second, or as fast as TensorFlow can</source>
        <translation>每秒的步数，或 TensorFlow 能达到的最快速度</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Units of one hidden Dense layer; with it the boundary can bend</source>
        <translation>一个隐藏 Dense 层的单元数；有了它，决策边界可以弯曲</translation>
    </message>
    <message>
        <source>A hidden layer needs Keras mode: the hand-written loop trains X @ W + b</source>
        <translation>隐藏层需要 Keras 模式：手写循环训练的是 X @ W + b</translation>
    </message>
</context>
</TS>
