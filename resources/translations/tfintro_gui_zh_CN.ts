<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrayTableModel</name>
    <message>
        <source>value</source>
        <extracomment>Significant digits shown per float size in bytes (Spyder shows 6 for every float).</extracomment>
        <translation>值</translation>
    </message>
    <message>
        <source>A scalar (rank 0) has one value.</source>
        <translation>标量（0 阶）只有一个值。</translation>
    </message>
    <message>
        <source>Index {index} along axis {axis}</source>
        <translation>沿轴 {axis} 的索引 {index}</translation>
    </message>
    <message>
        <source>A rank-1 tensor is shown as one column.</source>
        <translation>1 阶张量显示为一列。</translation>
    </message>
</context>
<context>
    <name>AssignForm</name>
    <message>
        <source>Change a variable</source>
        <translation>修改变量</translation>
    </message>
    <message>
        <source>The variable to change (try a constant to see why it cannot be changed)</source>
        <translation>要修改的变量（试试常量，看看它为什么不能修改）</translation>
    </message>
    <message>
        <source>The value to assign: a number, nested lists, the name of an entry, or a call such as tf.ones((3, 1))</source>
        <translation>要赋的值：一个数、嵌套列表、一个条目的名称，或 tf.ones((3, 1)) 这样的调用</translation>
    </message>
    <message>
        <source>e.g. 0:2, 0 (empty = all)</source>
        <translation>例如 0:2, 0（留空：整个变量）</translation>
    </message>
    <message>
        <source>Slice for v[…].assign(value), NumPy style: 0:2, 0 or 1, : or ::2; empty = the whole variable</source>
        <translation>v[…].assign(value) 的切片，NumPy 写法：0:2, 0 或 1, : 或 ::2；留空表示整个变量</translation>
    </message>
    <message>
        <source>v.assign(value), or v[slice].assign(value) when a slice is typed (Enter in Value or Slice)</source>
        <translation>v.assign(value)；填写切片时为 v[slice].assign(value)（在值或切片中按 Enter）</translation>
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
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Or double-click a cell of the table to edit one element.</source>
        <translation>也可以双击表格中的单元格来编辑单个元素。</translation>
    </message>
</context>
<context>
    <name>BackpropErrors</name>
    <message>
        <source>Input {name}: {text}</source>
        <extracomment>code → English template (the core&apos;s), marked for translation.</extracomment>
        <translation>输入 {name}：{text}</translation>
    </message>
    <message>
        <source>{place}: {text}</source>
        <translation>{place}：{text}</translation>
    </message>
    <message>
        <source>{text} {detail}</source>
        <translation>{text}{detail}</translation>
    </message>
    <message>
        <source>Python says: {error}</source>
        <translation>Python 的报错：{error}</translation>
    </message>
    <message>
        <source>TensorFlow says: {error}</source>
        <translation>TensorFlow 的报错：{error}</translation>
    </message>
    <message>
        <source>Line {line}, column {column}, `{text}`</source>
        <translation>第 {line} 行第 {column} 列，`{text}`</translation>
    </message>
    <message>
        <source>Line {line}, column {column}</source>
        <translation>第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>这段文字</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 和 {second}</translation>
    </message>
    <message>
        <source>Input name</source>
        <translation>输入名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Assigned name</source>
        <translation>赋值的名称</translation>
    </message>
    <message>
        <source>Allowed: numbers, names, name = … lines, + - * / ** @, unary minus and calls of {functions}.</source>
        <translation>允许使用：数、名称、name = … 形式的行、+ - * / ** @、一元负号，以及对 {functions} 的调用。</translation>
    </message>
    <message>
        <source>The expression must be a string, got {type}.</source>
        <translation>表达式必须是字符串，得到的却是 `{type}`。</translation>
    </message>
    <message>
        <source>The expression has {length} characters; at most {limit} are allowed. Keep graphs small.</source>
        <translation>表达式有 {length} 个字符；最多允许 {limit} 个。请让计算图保持小巧。</translation>
    </message>
    <message>
        <source>The expression is empty. Type one, e.g. abs(y_true - (w * x + b)).</source>
        <translation>表达式是空的。请输入一个，例如 abs(y_true - (w * x + b))。</translation>
    </message>
    <message>
        <source>The expression nests brackets {depth} deep; at most {limit} levels are allowed.</source>
        <translation>表达式的括号嵌套了 {depth} 层；最多允许 {limit} 层。</translation>
    </message>
    <message>
        <source>The expression is nested too deeply to read; simplify it.</source>
        <translation>表达式嵌套太深，无法读取；请简化它。</translation>
    </message>
    <message>
        <source>The expression is nested more than {limit} levels deep (long chains of operators count too); simplify it.</source>
        <translation>表达式嵌套超过 {limit} 层（长串的运算符也算在内）；请简化它。</translation>
    </message>
    <message>
        <source>The expression has {count} statements; at most {limit} are allowed.</source>
        <translation>表达式有 {count} 条语句；最多允许 {limit} 条。</translation>
    </message>
    <message>
        <source>this is not valid Python syntax.</source>
        <translation>这不是有效的 Python 语法。</translation>
    </message>
    <message>
        <source>{role} must be a string, got {type}.</source>
        <translation>{role}必须是字符串，得到的却是 `{type}`。</translation>
    </message>
    <message>
        <source>{role} {name} is not allowed: use letters, digits and &apos;_&apos;, starting with a letter (at most {limit} characters), e.g. &apos;w&apos; or &apos;y_true&apos;.</source>
        <translation>不允许使用{role} {name}：请使用字母、数字和 &apos;_&apos;，以字母开头（最多 {limit} 个字符），例如 &apos;w&apos; 或 &apos;y_true&apos;。</translation>
    </message>
    <message>
        <source>{role} {name} is a Python keyword; pick another name.</source>
        <translation>{role} {name} 是 Python 关键字；请换一个名称。</translation>
    </message>
    <message>
        <source>{role} {name} is the name of a function; pick another name.</source>
        <translation>{role} {name} 是函数名；请换一个名称。</translation>
    </message>
    <message>
        <source>the expression has more than {limit} operations and numbers; keep graphs small.</source>
        <translation>表达式中的运算和数超过 {limit} 个；请让计算图保持小巧。</translation>
    </message>
    <message>
        <source>numbers must be finite and at most {limit} in size.</source>
        <translation>数必须是有限的，且绝对值不超过 {limit}。</translation>
    </message>
    <message>
        <source>attribute access (a.b) is not allowed.</source>
        <translation>不允许访问属性（a.b）。</translation>
    </message>
    <message>
        <source>subscripts (a[i]) are not allowed.</source>
        <translation>不允许使用下标（a[i]）。</translation>
    </message>
    <message>
        <source>lambda is not allowed.</source>
        <translation>不允许使用 `lambda`。</translation>
    </message>
    <message>
        <source>{construct} is not allowed.</source>
        <translation>不允许使用 `{construct}`。</translation>
    </message>
    <message>
        <source>{type} values are not allowed; only numbers are.</source>
        <translation>不允许 `{type}` 类型的值；只允许数。</translation>
    </message>
    <message>
        <source>{name} is a function; call it, e.g. {function}(x).</source>
        <translation>{name} 是函数；请调用它，例如 {function}(x)。</translation>
    </message>
    <message>
        <source>{name} is used before the line that assigns it.</source>
        <translation>{name} 在给它赋值的那一行之前就被使用了。</translation>
    </message>
    <message>
        <source>the operator {operator} is not allowed.</source>
        <translation>不允许使用运算符 `{operator}`。</translation>
    </message>
    <message>
        <source>the exponent of ** must be a plain number between -{limit} and {limit} (huge powers overflow; write exp(...) for e^x).</source>
        <translation>** 的指数必须是 -{limit} 到 {limit} 之间的普通数（巨大的幂会溢出；e^x 请写成 exp(...)）。</translation>
    </message>
    <message>
        <source>attribute access is not allowed; write {attribute}(...) instead of {call}(...).</source>
        <translation>不允许访问属性；请写 {attribute}(...)，而不是 {call}(...)。</translation>
    </message>
    <message>
        <source>calling {name} is not allowed.</source>
        <translation>不允许调用 {name}。</translation>
    </message>
    <message>
        <source>keyword arguments are not allowed.</source>
        <translation>不允许使用关键字参数。</translation>
    </message>
    <message>
        <source>*arguments are not allowed.</source>
        <translation>不允许用 * 展开参数。</translation>
    </message>
    <message>
        <source>{function} takes 1 argument, got {count}.</source>
        <translation>{function} 需要 1 个参数，得到的是 {count} 个。</translation>
    </message>
    <message>
        <source>{function} takes {expected} arguments, got {count}.</source>
        <translation>{function} 需要 {expected} 个参数，得到的是 {count} 个。</translation>
    </message>
    <message>
        <source>only the last line may be a bare expression; give this one a name (name = …).</source>
        <translation>只有最后一行可以是单独的表达式；请给这一行起个名字（name = …）。</translation>
    </message>
    <message>
        <source>the output must be computed by at least one operation.</source>
        <translation>输出必须至少由一个运算算出。</translation>
    </message>
    <message>
        <source>the statement {statement} is not allowed.</source>
        <translation>不允许使用语句 `{statement}`。</translation>
    </message>
    <message>
        <source>assign to exactly one plain name, e.g. x1 = w * x.</source>
        <translation>请只给一个普通名称赋值，例如 x1 = w * x。</translation>
    </message>
    <message>
        <source>{name} already has a value; each name may be assigned once.</source>
        <translation>{name} 已经有值了；每个名称只能赋值一次。</translation>
    </message>
    <message>
        <source>a line must compute something: put plain numbers in the inputs table and use names directly instead of copying them.</source>
        <translation>每一行都必须计算些什么：普通的数请填在输入表里，名称请直接使用，不要复制。</translation>
    </message>
    <message>
        <source>a line must compute something; use the name directly instead of copying it.</source>
        <translation>每一行都必须计算些什么；请直接使用这个名称，不要复制它。</translation>
    </message>
    <message>
        <source>The value is empty; type a number such as 3 or a list such as [[1, 2], [3, 4]].</source>
        <translation>值是空的；请输入一个数（例如 3）或一个列表（例如 [[1, 2], [3, 4]]）。</translation>
    </message>
    <message>
        <source>The value {text} is too long or too deeply nested; inputs are scalars, vectors or matrices.</source>
        <translation>值 {text} 太长或嵌套太深；输入是标量、向量或矩阵。</translation>
    </message>
    <message>
        <source>{text} is not a number or a list of numbers; type e.g. 3, -0.5, [1, 2] or [[1, 2], [3, 4]].</source>
        <translation>{text} 不是数，也不是由数组成的列表；请输入例如 3、-0.5、[1, 2] 或 [[1, 2], [3, 4]]。</translation>
    </message>
    <message>
        <source>True/False are not numbers here; type 1 or 0.</source>
        <translation>True/False 在这里不算数；请输入 1 或 0。</translation>
    </message>
    <message>
        <source>An input value must be a number, a nested list or an array, got {type}.</source>
        <translation>输入的值必须是数、嵌套列表或数组，得到的却是 `{type}`。</translation>
    </message>
    <message>
        <source>A number is too large even for float64; give numbers below 1.8e308 in size.</source>
        <translation>有个数太大，连 float64 都放不下；请给出绝对值小于 1.8e308 的数。</translation>
    </message>
    <message>
        <source>{text} is not a number or a rectangular list of numbers (every row must have the same length).</source>
        <translation>{text} 不是数，也不是矩形的数列表（每一行的长度必须相同）。</translation>
    </message>
    <message>
        <source>The value has rank {rank}; inputs are scalars, vectors or matrices (rank at most 2).</source>
        <translation>这个值的秩是 {rank}；输入是标量、向量或矩阵（秩最多为 2）。</translation>
    </message>
    <message>
        <source>The value has {count} elements; at most {limit} are allowed so the graph stays readable.</source>
        <translation>这个值有 {count} 个元素；最多允许 {limit} 个，这样计算图才清晰易读。</translation>
    </message>
    <message>
        <source>The value is empty; give at least one number.</source>
        <translation>这个值是空的；请至少给出一个数。</translation>
    </message>
    <message>
        <source>The value holds inf or nan; give finite numbers.</source>
        <translation>这个值包含 inf 或 nan；请给出有限的数。</translation>
    </message>
    <message>
        <source>An int32 input needs whole numbers (within ±2³¹); pick float32 for fractions.</source>
        <translation>int32 输入需要整数（在 ±2³¹ 以内）；要用小数请选 float32。</translation>
    </message>
    <message>
        <source>A number is larger than {dtype} can hold (±{largest}); give smaller numbers or pick float64.</source>
        <translation>有个数超出了 {dtype} 能表示的范围（±{largest}）；请给出更小的数，或选 float64。</translation>
    </message>
    <message>
        <source>{text} is neither a number, a list of numbers nor a recipe; recipes are {recipes}, e.g. random_normal((4, 784), seed=1).</source>
        <translation>{text} 既不是数字、数字列表，也不是生成配方；配方有 {recipes}，例如 random_normal((4, 784), seed=1)。</translation>
    </message>
    <message>
        <source>{text}: a shape is a tuple of 1 or 2 positive whole numbers, e.g. (784, 512) or (512,).</source>
        <translation>{text}：形状是由 1 或 2 个正整数组成的元组，例如 (784, 512) 或 (512,)。</translation>
    </message>
    <message>
        <source>{text}: {key} must be a whole number from {low} to {high}.</source>
        <translation>{text}：{key} 必须是 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>{text}: labels must be whole numbers from 0 to depth - 1, e.g. one_hot([3, 1, 4, 1], 10).</source>
        <translation>{text}：标签必须是从 0 到（类别数 − 1）的整数，例如 one_hot([3, 1, 4, 1], 10)。</translation>
    </message>
    <message>
        <source>{text}: {key} must be a finite number of at most {limit} in size.</source>
        <translation>{text}：{key} 必须是有限数，绝对值不超过 {limit}。</translation>
    </message>
    <message>
        <source>The recipe makes {count} elements; a generated input holds at most {limit}.</source>
        <translation>该配方会生成 {count} 个元素；生成的输入最多只能有 {limit} 个。</translation>
    </message>
    <message>
        <source>A recipe makes floating-point tensors; pick float32 or float64, not {dtype}.</source>
        <translation>配方生成的是浮点张量；请选择 float32 或 float64，而不是 {dtype}。</translation>
    </message>
    <message>
        <source>The inputs hold {count} elements together; at most {limit} are allowed.</source>
        <translation>所有输入合计 {count} 个元素；最多允许 {limit} 个。</translation>
    </message>
    <message>
        <source>dtype {dtype} is not offered; use one of {dtypes}.</source>
        <translation>没有 dtype {dtype} 可选；请使用其中之一：{dtypes}。</translation>
    </message>
    <message>
        <source>unknown keys {keys}; use value, kind and dtype.</source>
        <translation>未知的键 {keys}；请使用 `value`、`kind` 和 `dtype`。</translation>
    </message>
    <message>
        <source>Input {name} has no &apos;value&apos;.</source>
        <translation>输入 {name} 没有 &apos;value&apos;。</translation>
    </message>
    <message>
        <source>kind {kind} is unknown; use one of {kinds}.</source>
        <translation>种类 {kind} 未知；请使用其中之一：`{kinds}`。</translation>
    </message>
    <message>
        <source>inputs must map names to values, got {type}.</source>
        <translation>`inputs` 必须把名称映射到值，得到的却是 `{type}`。</translation>
    </message>
    <message>
        <source>{count} inputs were given; a graph reads at most {limit}.</source>
        <translation>给出了 {count} 个输入；一个计算图最多读取 {limit} 个。</translation>
    </message>
    <message>
        <source>No value for {names}: give every name the expression reads a value (or assign it on an earlier line).</source>
        <translation>{names} 没有值：请给表达式读取的每个名称一个值（或在前面的行里给它赋值）。</translation>
    </message>
    <message>
        <source>Input {names} is not read by the expression; remove it or use it.</source>
        <translation>表达式没有读取输入 {names}；请删除它，或者用上它。</translation>
    </message>
    <message>
        <source>the number {number} cannot be an int32 like the inputs; use whole numbers or make the inputs float32.</source>
        <translation>数 {number} 无法像输入那样成为 int32；请使用整数，或把输入改为 float32。</translation>
    </message>
    <message>
        <source>TensorFlow cannot compute {expression} with operands of shape {shapes} and dtype {dtypes}.</source>
        <translation>TensorFlow 无法计算 `{expression}`：操作数的形状为 {shapes}，dtype 为 {dtypes}。</translation>
    </message>
    <message>
        <source>{expression} would hold {count} elements; a node holds at most {limit}. Use smaller shapes.</source>
        <translation>{expression} 将包含 {count} 个元素；一个节点最多 {limit} 个。请使用更小的形状。</translation>
    </message>
    <message>
        <source>TensorFlow could not create the inputs.</source>
        <translation>TensorFlow 无法创建这些输入。</translation>
    </message>
    <message>
        <source>The dtypes differ: TensorFlow never converts silently; give all inputs the same dtype.</source>
        <translation>dtype 不一致：TensorFlow 从不悄悄转换类型；请让所有输入使用相同的 dtype。</translation>
    </message>
    <message>
        <source>matmul needs matrices (rank 2) whose inner sizes match: (m, k) @ (k, n).</source>
        <translation>matmul 需要内侧尺寸相符的矩阵（秩为 2）：(m, k) @ (k, n)。</translation>
    </message>
    <message>
        <source>crossentropy(y_true, y_pred) needs at least one axis of classes.</source>
        <translation>crossentropy(y_true, y_pred) 至少需要一个类别轴。</translation>
    </message>
    <message>
        <source>The shapes must be equal or broadcastable (sizes equal or 1, compared from the right).</source>
        <translation>形状必须相同或可以广播（从右往左比较，各维大小相同或为 1）。</translation>
    </message>
    <message>
        <source>Check the operand&apos;s dtype: this op may need floating-point input.</source>
        <translation>请检查操作数的 dtype：这个运算可能需要浮点输入。</translation>
    </message>
    <message>
        <source>The backprop panel&apos;s &apos;expression&apos; is text.</source>
        <translation>反向传播面板的 &apos;expression&apos; 是文本。</translation>
    </message>
    <message>
        <source>The backprop panel&apos;s &apos;inputs&apos; are at most {limit} [name, kind, dtype, value] lists of text.</source>
        <translation>反向传播面板的 &apos;inputs&apos; 最多是 {limit} 个由文本组成的 `[name, kind, dtype, value]` 列表。</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>Loading TensorFlow… The graph is built once it is ready; you can already edit the expression.</source>
        <translation>正在加载 TensorFlow… 加载完成后即构建计算图；现在已经可以编辑表达式。</translation>
    </message>
    <message>
        <source>The with tf.GradientTape() as tape: block this graph corresponds to, ready to copy</source>
        <extracomment>Width of the control column, in pixels.</extracomment>
        <translation>与此计算图对应的 with tf.GradientTape() as tape: 代码块，可直接复制</translation>
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
        <source>The inputs table now lists the names of the new expression: give them values that fit, and the graph is built.</source>
        <translation>输入表现在列出了新表达式中的名称：给它们填上合适的值，即可构建计算图。</translation>
    </message>
    <message>
        <source>The finite-difference check failed: {error}</source>
        <translation>有限差分检查失败：{error}</translation>
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
        <source>That text would make the expression {length} characters long; an expression has at most {limit}. Nothing was changed: keep graphs small.</source>
        <translation>这段文字会让表达式长达 {length} 个字符；表达式最多 {limit} 个字符。没有做任何改动：请让计算图保持小巧。</translation>
    </message>
    <message>
        <source>{error} The previous graph is kept.</source>
        <translation>{error}保留之前的计算图。</translation>
    </message>
</context>
<context>
    <name>BackpropTexts</name>
    <message>
        <source>no path</source>
        <extracomment>Why ``tape.gradient`` gives None, in a few words (for tables and labels).</extracomment>
        <translation>没有路径</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>未被跟踪</translation>
    </message>
    <message>
        <source>integer dtype</source>
        <translation>整数 dtype</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未被记录</translation>
    </message>
    <message>
        <source>There is no path from this tensor to the output, so tape.gradient returns None (not 0: 0 would mean a path with zero slope).</source>
        <extracomment>Why ``tape.gradient`` gives None, in sentences (for the details and tool tips).</extracomment>
        <translation>从这个张量到输出没有路径，所以 tape.gradient 返回 None（不是 0：0 表示有一条斜率为零的路径）。</translation>
    </message>
    <message>
        <source>Constants are not watched by default (to save memory), so the tape did not record what was computed from them and tape.gradient returns None. Set its kind to &apos;watched&apos; (tape.watch(x)) to get the gradient.</source>
        <translation>默认情况下常量不被跟踪（为了节省内存），所以 tape 没有记录由它们算出的结果，tape.gradient 返回 None。把它的种类设为“watched”（tape.watch(x)）即可得到梯度。</translation>
    </message>
    <message>
        <source>Gradients are defined for floating-point tensors only; the tape does not watch integer tensors, so tape.gradient returns None. Use float32.</source>
        <translation>梯度只对浮点张量有定义；tape 不跟踪整数张量，所以 tape.gradient 返回 None。请使用 float32。</translation>
    </message>
    <message>
        <source>This result was computed only from tensors the tape does not watch, so the tape did not record it and tape.gradient returns None.</source>
        <translation>这个结果只由 tape 不跟踪的张量算出，所以 tape 没有记录它，tape.gradient 返回 None。</translation>
    </message>
    <message>
        <source>✓ kink</source>
        <extracomment>The check column&apos;s marks by status.</extracomment>
        <translation>✓ 拐点</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>{name} = {expression} sits at its kink ({where}): the slope is {left} on the left and {right} on the right. TensorFlow&apos;s gradient uses {tensorflow} there; a central finite difference averages both sides to {central}.</source>
        <translation>{name} = {expression} 正好处在拐点（{where}）：左侧斜率为 {left}，右侧斜率为 {right}。TensorFlow 的梯度在这里取 {tensorflow}；中心有限差分取两侧的平均值 {central}。</translation>
    </message>
    <message>
        <source>One method gives None and another a value.</source>
        <translation>一种方法给出 None，另一种给出数值。</translation>
    </message>
    <message>
        <source>The chain rule and tape.gradient differ.</source>
        <translation>链式法则与 tape.gradient 的结果不同。</translation>
    </message>
    <message>
        <source>The finite difference differs from the chain rule and the tape.</source>
        <translation>有限差分与链式法则和 tape 的结果不同。</translation>
    </message>
    <message>
        <source>The gradient is inf or nan here (e.g. log or sqrt at 0, or a division by 0): the function has no finite slope at this point.</source>
        <translation>这里的梯度是 inf 或 nan（例如在 0 处取 log 或 sqrt，或除以 0）：函数在这一点没有有限的斜率。</translation>
    </message>
    <message>
        <source>The chain rule, tape.gradient and the finite difference agree.</source>
        <translation>链式法则、tape.gradient 和有限差分一致。</translation>
    </message>
    <message>
        <source>All three are None.</source>
        <translation>三者都是 None。</translation>
    </message>
    <message>
        <source>The chain rule and tape.gradient agree; the finite difference differs at a corner.</source>
        <translation>链式法则与 tape.gradient 一致；有限差分在拐点处不同。</translation>
    </message>
    <message>
        <source>No finite slope here.</source>
        <translation>这里没有有限的斜率。</translation>
    </message>
    <message>
        <source>Finish the backward pass (Run backward) to compare the chain rule with tape.gradient and a finite difference.</source>
        <translation>完成反向传播（点“完成反向”）后，即可把链式法则与 tape.gradient 和有限差分作比较。</translation>
    </message>
    <message>
        <source>{agreeing} of {total} agree. ✓ = chain rule, tape.gradient and finite difference match; ✓ None = all three are None, for the reason in the note (None is not 0); ✓ kink = a corner, explained in the note.</source>
        <translation>{total} 个中有 {agreeing} 个一致。✓ = 链式法则、tape.gradient 和有限差分相符；✓ None = 三者都是 None，原因见说明（None 不等于 0）；✓ kink = 拐点，见说明。</translation>
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
        <source>A tf.GradientTape frees what it recorded as soon as gradient() returns, to save memory, so a second gradient() call on the same tape has nothing left to work with. Either compute all gradients in one call (tape.gradient(loss, [w, b, …])) or create the tape with tf.GradientTape(persistent=True), call gradient() as often as needed, and delete the tape afterwards (del tape).</source>
        <translation>tf.GradientTape 在 gradient() 返回后立即释放它记录的内容以节省内存，所以在同一个 tape 上第二次调用 gradient() 时已经没有可用的记录。要么在一次调用中求出所有梯度（tape.gradient(loss, [w, b, …])），要么用 tf.GradientTape(persistent=True) 创建 tape，按需多次调用 gradient()，用完后删除 tape（del tape）。</translation>
    </message>
    <message>
        <source>tf.GradientTape(persistent=True), first call: {gradients}</source>
        <translation>tf.GradientTape(persistent=True)，第一次调用：{gradients}</translation>
    </message>
    <message>
        <source>tf.GradientTape(persistent=True), second call: {gradients}</source>
        <translation>tf.GradientTape(persistent=True)，第二次调用：{gradients}</translation>
    </message>
    <message>
        <source>tf.Variable: trainable, watched by the tape</source>
        <extracomment>An input&apos;s role, by kind, in the node details.</extracomment>
        <translation>tf.Variable：可训练，被 tape 跟踪</translation>
    </message>
    <message>
        <source>tf.constant: not watched by the tape</source>
        <translation>tf.constant：不被 tape 跟踪</translation>
    </message>
    <message>
        <source>tf.constant passed to tape.watch</source>
        <translation>传给 tape.watch 的 tf.constant</translation>
    </message>
    <message>
        <source>{head} → shape {shape}, {dtype}</source>
        <translation>{head} → 形状 {shape}，{dtype}</translation>
    </message>
    <message>
        <source> at {values}</source>
        <translation>（在 {values} 处）</translation>
    </message>
    <message>
        <source>  upstream  {name} = {value}</source>
        <translation>  上游      {name} = {value}</translation>
    </message>
    <message>
        <source>  local     {rule}</source>
        <translation>  局部      {rule}</translation>
    </message>
    <message>
        <source>  product   {product}</source>
        <translation>  乘积      {product}</translation>
    </message>
    <message>
        <source>  upstream  {name}, shape {shape}:</source>
        <translation>  上游      {name}，形状 {shape}：</translation>
    </message>
    <message>
        <source>  rule      {rule}</source>
        <translation>  规则      {rule}</translation>
    </message>
    <message>
        <source>  local     {rule}, shape {shape}:</source>
        <translation>  局部      {rule}，形状 {shape}：</translation>
    </message>
    <message>
        <source>  product   upstream ⊙ local</source>
        <translation>  乘积      上游 ⊙ 局部</translation>
    </message>
    <message>
        <source>  summed over broadcast axis {axes} to get back to shape {shape}</source>
        <translation>  沿广播轴 {axes} 求和，回到形状 {shape}</translation>
    </message>
    <message>
        <source>{target} = 1 — the backward pass starts at the output.</source>
        <translation>{target} = 1 —— 反向传播从输出开始。</translation>
    </message>
    <message>
        <source>{target} = 1 — the backward pass starts at the output (ones: tape.gradient of a non-scalar output differentiates the sum of its elements).</source>
        <translation>{target} = 1 —— 反向传播从输出开始（全为 1：对非标量输出，tape.gradient 求的是其各元素之和的梯度）。</translation>
    </message>
    <message>
        <source>{name} feeds {consumer}</source>
        <translation>{name} 输入到 {consumer}</translation>
    </message>
    <message>
        <source>sum over the {count} uses: {parts}</source>
        <translation>对 {count} 处使用求和：{parts}</translation>
    </message>
    <message>
        <source>sum over the {count} uses (elementwise)</source>
        <translation>对 {count} 处使用逐元素求和</translation>
    </message>
    <message>
        <source>{name} — input, {role}</source>
        <translation>{name} —— 输入，{role}</translation>
    </message>
    <message>
        <source>{name} — a number in the expression (a constant, never watched)</source>
        <translation>{name} —— 表达式中的数（常量，从不被跟踪）</translation>
    </message>
    <message>
        <source>{name} = {expression} — line {line}: {text}</source>
        <translation>{name} = {expression} —— 第 {line} 行：{text}</translation>
    </message>
    <message>
        <source>value: not evaluated yet (Step ▶), shape {shape}, {dtype}</source>
        <translation>值：尚未计算（单步 ▶），形状 {shape}，{dtype}</translation>
    </message>
    <message>
        <source>value: {value}  (shape (), {dtype})</source>
        <translation>值：{value}  （形状 ()，{dtype}）</translation>
    </message>
    <message>
        <source>value, shape {shape}, {dtype}:</source>
        <translation>值，形状 {shape}，{dtype}：</translation>
    </message>
    <message>
        <source>forward: {step}</source>
        <translation>前向：{step}</translation>
    </message>
    <message>
        <source>gradient {target}: {value}</source>
        <translation>梯度 {target}：{value}</translation>
    </message>
    <message>
        <source>backward step:</source>
        <translation>反向步骤：</translation>
    </message>
    <message>
        <source>path to the output: {path}</source>
        <translation>到输出的路径：{path}</translation>
    </message>
    <message>
        <source>Step ▶ evaluates the next node with its TensorFlow op; Step ◀ then applies the chain rule from the output back to the inputs. Click a node for its details.</source>
        <translation>“单步 ▶”用 TensorFlow 运算计算下一个节点；然后“单步 ◀”从输出回到输入应用链式法则。点击节点可查看详情。</translation>
    </message>
    <message>
        <source>Step ▶ {name}</source>
        <translation>单步 ▶ {name}</translation>
    </message>
    <message>
        <source>Run forward:</source>
        <translation>完成前向：</translation>
    </message>
    <message>
        <source>Step ◀ {name}</source>
        <translation>单步 ◀ {name}</translation>
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
        <source>shape {shape}, {dtype}: min {low}, max {high}, mean {mean}; first entries [{first} …]</source>
        <extracomment>Tensors with more entries than this are summarised rather than printed. Entries shown at the start of a summarised tensor. A table cell prints at most this many entries (the small presets&apos; largest matrix, 3 × 4); a larger tensor&apos;s cell gives its shape and range, in one line.</extracomment>
        <translation>形状 {shape}，{dtype}：最小值 {low}，最大值 {high}，均值 {mean}；前几个元素 [{first} …]</translation>
    </message>
    <message>
        <source>{shape} ±{bound}</source>
        <translation>{shape} ±{bound}</translation>
    </message>
    <message>
        <source>{count} sampled of {size}</source>
        <translation>抽样 {count} / {size}</translation>
    </message>
    <message>
        <source>Finite differences on {count} sampled entries of {name} (of {size}): a full check would take two evaluations of the graph per entry. Largest difference from the chain rule there: {difference}. The chain rule and tape.gradient are compared on every entry.</source>
        <translation>有限差分只在 {name} 的 {count} 个抽样元素上计算（共 {size} 个）：完整检查需要对每个元素计算两次整个图。这些元素上与链式法则的最大差异：{difference}。链式法则与 tape.gradient 在每个元素上都做了比较。</translation>
    </message>
    <message>
        <source>Finite differences were checked on {count} sampled entries of each of {names}: all entries would be too slow.</source>
        <translation>有限差分在 {names} 各自的 {count} 个抽样元素上检查：检查全部元素太慢。</translation>
    </message>
</context>
<context>
    <name>BenchmarkBox</name>
    <message>
        <source>Benchmark: float32 tf.matmul</source>
        <translation>基准测试：float32 tf.matmul</translation>
    </message>
    <message>
        <source>Matrix sizes n, {minimum} to {maximum}, separated by commas; each is an n×n @ n×n float32 product</source>
        <translation>矩阵大小 n，取 {minimum} 到 {maximum}，用逗号分隔；每个都是一次 n×n @ n×n 的 float32 乘法</translation>
    </message>
    <message>
        <source>The fewest timed products per size and device; fast ones repeat for {seconds} s. The median is shown, and the middle 80 % of the repeats as a band</source>
        <translation>每个尺寸和设备至少计时的乘积次数；快的乘积会重复 {seconds} 秒。显示中位数，并以色带显示中间 80 % 的重复</translation>
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
        <source>Warm up, then time tf.matmul on each device ({key})</source>
        <translation>先预热，再在每个设备上为 tf.matmul 计时（{key}）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Fewest repeats</source>
        <translation>最少重复次数</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Timing {target} · n = {size} · {stage}</source>
        <translation>正在计时 {target} · n = {size} · {stage}</translation>
    </message>
    <message>
        <source>Done: {count} timings in {seconds} s.</source>
        <translation>完成：{seconds} 秒内完成 {count} 个计时。</translation>
    </message>
    <message>
        <source>Cancelled; {count} finished timing(s) kept.</source>
        <translation>已取消；保留 {count} 个已完成的计时。</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>因错误而停止。</translation>
    </message>
</context>
<context>
    <name>BenchmarkPlots</name>
    <message>
        <source>matrix size n  (n×n @ n×n, float32)</source>
        <extracomment>The smallest canvas, in pixels, with the plots side by side and one above the other: below it the axes&apos; labels and legends leave the data no room.</extracomment>
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
        <source>NumPy @ (reference)</source>
        <translation>NumPy @（参照）</translation>
    </message>
    <message>
        <source>compared with the lesson (steady repeats)</source>
        <translation>与课程说法比较的值（重复稳定）</translation>
    </message>
    <message>
        <source>Run the benchmark
to fill this plot</source>
        <translation>运行基准测试
来填充此图</translation>
    </message>
</context>
<context>
    <name>BenchmarkView</name>
    <message>
        <source>Timing… The plots are drawn when the run ends: drawing them now would take the processor from the timings. The table below fills in as each size is done.</source>
        <extracomment>Below this page width (pixels) the plots stand one above the other.</extracomment>
        <translation>正在计时……图表在运行结束时绘制：现在绘制会占用计时所需的处理器。下表会随着每个尺寸完成而逐行填入。</translation>
    </message>
    <message>
        <source>No GPU was timed: a GPU would be a line in the green band of “Speed relative to {device}”.</source>
        <translation>没有测 GPU：若有 GPU，它会是“相对 {device} 的速度”图中绿色带里的一条线。</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>计时</translation>
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
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>Row blocks</source>
        <translation>行块数</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>The computer is busy: numbers vary by {percent} % between repeats ({target}, n = {size}). The shaded band around each line spans the middle 80 % of the repeats; close other programs and run again for steadier figures.</source>
        <translation>计算机正忙：各次重复之间的数值相差 {percent} %（{target}，n = {size}）。每条线周围的阴影带覆盖中间 80 % 的重复；关闭其他程序后再运行一次，数字会更稳定。</translation>
    </message>
    <message>
        <source>{device}: no size was timed steadily enough (repeats within {percent} %) to set against the lesson&apos;s 5–10×.</source>
        <translation>{device}：没有哪个尺寸计时得足够稳定（重复之间相差不超过 {percent} %），无法与课程所说的 5–10× 比较。</translation>
    </message>
    <message>
        <source>inside the lesson&apos;s 5–10×</source>
        <translation>在课程所说的 5–10× 之内</translation>
    </message>
    <message>
        <source>below the lesson&apos;s 5–10×</source>
        <translation>低于课程所说的 5–10×</translation>
    </message>
    <message>
        <source>above the lesson&apos;s 5–10×</source>
        <translation>高于课程所说的 5–10×</translation>
    </message>
    <message>
        <source>{device} is {ratio}× as fast as {reference} at n = {size}, the largest size whose repeats agree within {percent} %: {verdict}.</source>
        <translation>在 n = {size}（重复之间相差不超过 {percent} % 的最大尺寸）时，{device} 的速度是 {reference} 的 {ratio}×：{verdict}。</translation>
    </message>
    <message>
        <source>NumPy @ ({library}): {threads} threads</source>
        <translation>NumPy @（{library}）：{threads} 个线程</translation>
    </message>
    <message>
        <source>NumPy @: no BLAS library</source>
        <translation>NumPy @：没有 BLAS 库</translation>
    </message>
    <message>
        <source>0 = TensorFlow chooses</source>
        <translation>0 = 由 TensorFlow 决定</translation>
    </message>
    <message>
        <source>Threads: {numpy} · TensorFlow intra-op {intra}, inter-op {inter} ({automatic}) · {cpus} logical CPUs</source>
        <translation>线程：{numpy} · TensorFlow 运算内 {intra}、运算间 {inter}（{automatic}）· {cpus} 个逻辑 CPU</translation>
    </message>
</context>
<context>
    <name>ClassifierMessages</name>
    <message>
        <source>Mean</source>
        <extracomment>The fields a message names.</extracomment>
        <translation>均值</translation>
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
        <source>The points</source>
        <translation>这些点</translation>
    </message>
    <message>
        <source>The points drawn</source>
        <translation>抽取出的点</translation>
    </message>
    <message>
        <source>The data&apos;s &apos;points&apos;</source>
        <translation>数据的 &apos;points&apos;</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>split seed</source>
        <translation>划分种子</translation>
    </message>
    <message>
        <source>The data&apos;s noise</source>
        <translation>数据的噪声</translation>
    </message>
    <message>
        <source>A point&apos;s x</source>
        <translation>点的 x</translation>
    </message>
    <message>
        <source>A point&apos;s y</source>
        <translation>点的 y</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>points per class</source>
        <translation>每类点数</translation>
    </message>
    <message>
        <source>seed input (-1 for random)</source>
        <translation>种子输入（-1 表示随机）</translation>
    </message>
    <message>
        <source>test share in percent</source>
        <translation>测试集比例（百分比）</translation>
    </message>
    <message>
        <source>click class</source>
        <translation>点击添加的类别</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>training mode</source>
        <translation>训练模式</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <source>batch_size (null for the full batch)</source>
        <translation>batch_size（空值（null）表示全批量）</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>learning_rate</source>
        <translation>learning_rate</translation>
    </message>
    <message>
        <source>num_steps</source>
        <translation>num_steps</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>starting weights</source>
        <translation>起始权重</translation>
    </message>
    <message>
        <source>{field}: the text has {length:,} characters; type at most {maximum:,}, e.g. {example}.</source>
        <extracomment>Typed numbers, drawn points, covariance.</extracomment>
        <translation>{field}：文本有 {length:,} 个字符；最多输入 {maximum:,} 个，例如 {example}。</translation>
    </message>
    <message>
        <source>{field} is empty. Type a list such as {example}.</source>
        <translation>{field}为空。请输入一个列表，例如 {example}。</translation>
    </message>
    <message>
        <source>{field}: could not read {text} as numbers. Type a list such as {example}.</source>
        <translation>{field}：无法把 {text} 读成数。请输入一个列表，例如 {example}。</translation>
    </message>
    <message>
        <source>{field}: {value} is not a list of numbers. Example: {example}.</source>
        <translation>{field}：{value} 不是由数组成的列表。示例：{example}。</translation>
    </message>
    <message>
        <source>{field}: a number in {value} is too large. Every number must be between -{limit:,.0f} and {limit:,.0f}. Example: {example}.</source>
        <translation>{field}：{value} 中有一个数太大。每个数都必须在 -{limit:,.0f} 到 {limit:,.0f} 之间。示例：{example}。</translation>
    </message>
    <message>
        <source>{field}: got shape {shape}, expected {expected}. Example: {example}.</source>
        <translation>{field}：得到的形状是 {shape}，应为 {expected}。示例：{example}。</translation>
    </message>
    <message>
        <source>{field}: every number must be finite, got {value}.</source>
        <translation>{field}：每个数都必须是有限数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>{field}: {largest:.3g} is too large; every number must be between -{limit:,.0f} and {limit:,.0f} (the points are float32 and training multiplies them). Scale the data down. Example: {example}.</source>
        <translation>{field}：{largest:.3g} 太大；每个数都必须在 -{limit:,.0f} 到 {limit:,.0f} 之间（这些点是 float32，训练时还要相乘）。请把数据缩小。示例：{example}。</translation>
    </message>
    <message>
        <source>{field} hold a number that is not finite in float32 (NaN, infinity or beyond ±3.4e38).</source>
        <translation>{field}中有一个数在 float32 中不是有限数（NaN、无穷大或超出 ±3.4e38）。</translation>
    </message>
    <message>
        <source>{field} reach {largest:.3g}; every coordinate must be between -{limit:,.0f} and {limit:,.0f}. Scale the data down (e.g. divide by 1000).</source>
        <translation>{field}达到了 {largest:.3g}；每个坐标都必须在 -{limit:,.0f} 到 {limit:,.0f} 之间。请把数据缩小（例如除以 1000）。</translation>
    </message>
    <message>
        <source>Covariance must be symmetric: entry [0][1] is {upper:g} but [1][0] is {lower:g}. Make them equal.</source>
        <translation>协方差必须是对称的：元素 [0][1] 是 {upper:g}，而 [1][0] 是 {lower:g}。请让两者相等。</translation>
    </message>
    <message>
        <source>Covariance must be positive semi-definite, but it has the eigenvalue {eigenvalue:.3g} &lt; 0. Keep |covariance[0][1]| ≤ √(covariance[0][0]·covariance[1][1]) = {bound:.3g}.</source>
        <translation>协方差必须是半正定的，但它有特征值 {eigenvalue:.3g} &lt; 0。请保持 |协方差[0][1]| ≤ √(协方差[0][0]·协方差[1][1]) = {bound:.3g}。</translation>
    </message>
    <message>
        <source>The last two training points cannot be removed.</source>
        <translation>最后两个训练点不能删除。</translation>
    </message>
    <message>
        <source>There is no history yet: train first.</source>
        <translation>还没有历史记录：请先训练。</translation>
    </message>
    <message>
        <source>{source} was not imported (1 problem; nothing was changed). Expected lines &apos;x, y, label&apos; with numbers x, y and a label 0 or 1:</source>
        <extracomment>CSV files of points.</extracomment>
        <translation>{source} 没有导入（1 个问题；没有做任何修改）。每行应为 &apos;x, y, label&apos;：x、y 是数，label 是 0 或 1：</translation>
    </message>
    <message>
        <source>{source} was not imported ({count} problems; nothing was changed). Expected lines &apos;x, y, label&apos; with numbers x, y and a label 0 or 1:</source>
        <translation>{source} 没有导入（{count} 个问题；没有做任何修改）。每行应为 &apos;x, y, label&apos;：x、y 是数，label 是 0 或 1：</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>… and 1 more bad line</source>
        <translation>……还有 1 行有问题</translation>
    </message>
    <message>
        <source>… and {count} more bad lines</source>
        <translation>……还有 {count} 行有问题</translation>
    </message>
    <message>
        <source>a field is too long or the line is not CSV text (at most {maximum:,} characters per value)</source>
        <translation>某个字段太长，或这一行不是 CSV 文本（每个值最多 {maximum:,} 个字符）</translation>
    </message>
    <message>
        <source>expected 3 values (x, y, label), got {count}: {text}</source>
        <translation>应有 3 个值（x, y, label），实际有 {count} 个：{text}</translation>
    </message>
    <message>
        <source>{axis} must be a finite number, got {text}</source>
        <translation>{axis} 必须是有限数，得到的是 {text}</translation>
    </message>
    <message>
        <source>{axis} must be between -{limit:,.0f} and {limit:,.0f} (points are float32), got {text}; scale the data down</source>
        <translation>{axis} 必须在 -{limit:,.0f} 到 {limit:,.0f} 之间（点是 float32），得到的是 {text}；请把数据缩小</translation>
    </message>
    <message>
        <source>x and y must be numbers, got {x} and {y}</source>
        <translation>x 和 y 必须是数，得到的是 {x} 和 {y}</translation>
    </message>
    <message>
        <source>the label must be 0 or 1, got {label}</source>
        <translation>label 必须是 0 或 1，得到的是 {label}</translation>
    </message>
    <message>
        <source>more than {maximum:,} points; the lab takes at most {maximum:,}</source>
        <translation>点数超过 {maximum:,}；本实验最多接受 {maximum:,} 个点</translation>
    </message>
    <message>
        <source>found {count} point(s); at least 2 are needed</source>
        <translation>只找到 {count} 个点；至少需要 2 个</translation>
    </message>
    <message>
        <source>every point has label {label}; a classifier needs points of both classes</source>
        <translation>所有点的 label 都是 {label}；分类器需要两个类别的点</translation>
    </message>
    <message>
        <source>it is a folder; choose a .csv file</source>
        <translation>这是一个文件夹；请选择一个 CSV 文件</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket); choose a .csv file</source>
        <translation>这不是普通文件（而是设备、管道或套接字）；请选择一个 CSV 文件</translation>
    </message>
    <message>
        <source>the file has {size:.1f} MiB; the limit is {limit} MiB</source>
        <translation>文件有 {size:.1f} MiB；上限是 {limit} MiB</translation>
    </message>
    <message>
        <source>not UTF-8 text ({reason} at byte {start})</source>
        <translation>不是 UTF-8 文本（第 {start} 字节处无法解码，解码器的报错：{reason}）</translation>
    </message>
    <message>
        <source>The data&apos;s {field} must be a whole number from 0 to {maximum}, got {value}.</source>
        <extracomment>A session file&apos;s data recipe and its edits.</extracomment>
        <translation>数据的{field}必须是 0 到 {maximum} 之间的整数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>The test share must be a number from 0 to {maximum:g}, got {value}.</source>
        <translation>测试集比例必须是 0 到 {maximum:g} 之间的数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>{field} must be a finite number, got {value}.</source>
        <translation>{field}必须是有限数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>{field} must be between -{limit:,.0f} and {limit:,.0f}, got {value:.3g}.</source>
        <translation>{field}必须在 -{limit:,.0f} 到 {limit:,.0f} 之间，得到的是 {value:.3g}。</translation>
    </message>
    <message>
        <source>A data edit is a list starting with &apos;split&apos;, &apos;insert&apos; or &apos;delete&apos;, got {edit}.</source>
        <translation>数据编辑应是以 &apos;split&apos;、&apos;insert&apos; 或 &apos;delete&apos; 开头的列表，得到的是 {edit}。</translation>
    </message>
    <message>
        <source>An inserted point&apos;s index must be a whole number ≥ 0, got {index}.</source>
        <translation>插入点的索引必须是 ≥ 0 的整数，得到的是 {index}。</translation>
    </message>
    <message>
        <source>An inserted point&apos;s label must be 0 or 1, got {label}.</source>
        <translation>插入点的 label 必须是 0 或 1，得到的是 {label}。</translation>
    </message>
    <message>
        <source>An inserted point&apos;s &apos;is test&apos; must be true or false, got {value}.</source>
        <translation>插入点的 &apos;is test&apos; 必须是真（true）或假（false），得到的是 {value}。</translation>
    </message>
    <message>
        <source>A removed point&apos;s index must be a whole number ≥ 0, got {index}.</source>
        <translation>删除点的索引必须是 ≥ 0 的整数，得到的是 {index}。</translation>
    </message>
    <message>
        <source>Unknown data edit {edit}: expected [&apos;split&apos;, fraction, seed], [&apos;insert&apos;, index, x, y, label, is_test] or [&apos;delete&apos;, index].</source>
        <translation>未知的数据编辑 {edit}：应为 [&apos;split&apos;, 比例, 种子]、[&apos;insert&apos;, 索引, x, y, label, is_test] 或 [&apos;delete&apos;, 索引]。</translation>
    </message>
    <message>
        <source>The data has had {maximum:,} edits; regenerate it to go on.</source>
        <translation>数据已经编辑了 {maximum:,} 次；请重新生成数据后再继续。</translation>
    </message>
    <message>
        <source>Data edit {number} inserts at index {index}, but there are only {count} points.</source>
        <translation>第 {number} 个数据编辑在索引 {index} 处插入，但只有 {count} 个点。</translation>
    </message>
    <message>
        <source>Data edit {number} removes point {index}, but there are only {count} points.</source>
        <translation>第 {number} 个数据编辑删除第 {index} 个点，但只有 {count} 个点。</translation>
    </message>
    <message>
        <source>The data&apos;s edits leave no training point.</source>
        <translation>这些数据编辑之后没有剩下任何训练点。</translation>
    </message>
    <message>
        <source>The classifier&apos;s &apos;data&apos; is a JSON object, not {type}.</source>
        <translation>分类器的 &apos;data&apos; 应是 JSON 对象，而不是 {type}。</translation>
    </message>
    <message>
        <source>Unknown data source {source}; expected one of {choices}.</source>
        <translation>未知的数据来源 {source}；应为以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The data&apos;s points per class must be a whole number from 1 to {maximum:,}, got {value}.</source>
        <translation>数据的每类点数必须是 1 到 {maximum:,} 之间的整数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>The data&apos;s noise must be between 0 and {maximum:g}, got {value:g}.</source>
        <translation>数据的噪声必须在 0 到 {maximum:g} 之间，得到的是 {value:g}。</translation>
    </message>
    <message>
        <source>The data&apos;s name is text, got {value}.</source>
        <translation>数据的名称应是文本，得到的是 {value}。</translation>
    </message>
    <message>
        <source>The data&apos;s &apos;points&apos; must be [x, y] pairs of numbers and its &apos;labels&apos; a list of 0 and 1.</source>
        <translation>数据的 &apos;points&apos; 必须是由数组成的 [x, y] 对，&apos;labels&apos; 必须是由 0 和 1 组成的列表。</translation>
    </message>
    <message>
        <source>The data&apos;s &apos;points&apos; must have shape (n, 2) with 1 ≤ n ≤ {maximum:,}, got {shape}.</source>
        <translation>数据的 &apos;points&apos; 的形状必须是 (n, 2)，且 1 ≤ n ≤ {maximum:,}，得到的是 {shape}。</translation>
    </message>
    <message>
        <source>The data&apos;s &apos;labels&apos; must be {count} values of 0 or 1.</source>
        <translation>数据的 &apos;labels&apos; 必须是 {count} 个 0 或 1。</translation>
    </message>
    <message>
        <source>The data&apos;s &apos;edits&apos; must be a list of at most {maximum:,} edits.</source>
        <translation>数据的 &apos;edits&apos; 必须是最多 {maximum:,} 个编辑组成的列表。</translation>
    </message>
    <message>
        <source>The classifier&apos;s {field} must be a whole number from {low:,} to {high:,}, got {value}.</source>
        <extracomment>Settings, weights and the rest of a session file.</extracomment>
        <translation>分类器的{field}必须是 {low:,} 到 {high:,} 之间的整数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>The classifier&apos;s {field} must be a number from {low:g} to {high:g}, got {value}.</source>
        <translation>分类器的{field}必须是 {low:g} 到 {high:g} 之间的数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>Unknown {field} {value}; expected one of {choices}.</source>
        <translation>未知的{field} {value}；应为以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The classifier&apos;s &apos;inputs&apos; is a JSON object.</source>
        <translation>分类器的 &apos;inputs&apos; 应是 JSON 对象。</translation>
    </message>
    <message>
        <source>The classifier&apos;s &apos;{key}&apos; input is text, got {value}.</source>
        <translation>分类器的 &apos;{key}&apos; 输入应是文本，得到的是 {value}。</translation>
    </message>
    <message>
        <source>The classifier&apos;s &apos;training&apos; is a JSON object.</source>
        <translation>分类器的 &apos;training&apos; 应是 JSON 对象。</translation>
    </message>
    <message>
        <source>The hand-written loop trains the linear model: a hidden layer needs the &apos;keras&apos; mode.</source>
        <translation>手写循环训练的是线性模型：隐藏层需要 &apos;keras&apos; 模式。</translation>
    </message>
    <message>
        <source>The classifier&apos;s &apos;shuffle&apos; is true or false, got {value}.</source>
        <translation>分类器的 &apos;shuffle&apos; 应是真（true）或假（false），得到的是 {value}。</translation>
    </message>
    <message>
        <source>The classifier&apos;s speed is one of {choices} steps per second (0: as fast as possible), got {value}.</source>
        <translation>分类器的速度应是 {choices} 之一（每秒步数；0 表示尽可能快），得到的是 {value}。</translation>
    </message>
    <message>
        <source>The classifier&apos;s state is a JSON object, not {type}.</source>
        <translation>分类器的状态应是 JSON 对象，而不是 {type}。</translation>
    </message>
    <message>
        <source>TensorFlow is still loading; open the session once the status bar shows its version.</source>
        <translation>TensorFlow 仍在加载；等状态栏显示出它的版本后再打开会话。</translation>
    </message>
    <message>
        <source>The classifier&apos;s state has no {key}.</source>
        <translation>分类器的状态中没有 {key}。</translation>
    </message>
    <message>
        <source>The classifier&apos;s num_steps_done must be a whole number from 0 to {maximum:,}, got {value}.</source>
        <translation>分类器的 num_steps_done 必须是 0 到 {maximum:,} 之间的整数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>The classifier&apos;s {field} are a list of arrays ({names}).</source>
        <translation>分类器的{field}应是由数组组成的列表（{names}）。</translation>
    </message>
    <message>
        <source>The classifier&apos;s {field}: {reason}</source>
        <translation>分类器的{field}：{reason}</translation>
    </message>
    <message>
        <source>The classifier&apos;s {field}: {name} holds a number that is not finite (NaN or infinity, or beyond float32&apos;s ±3.4e38).</source>
        <translation>分类器的{field}：{name} 中有一个数不是有限数（NaN 或无穷大，或超出 float32 的 ±3.4e38）。</translation>
    </message>
    <message>
        <source>Expected {expected} weight arrays ({names}), got {count}.</source>
        <translation>应有 {expected} 个权重数组（{names}），实际有 {count} 个。</translation>
    </message>
    <message>
        <source>{name} must hold numbers of float32&apos;s range, got {value}.</source>
        <translation>{name} 中必须是 float32 范围内的数，得到的是 {value}。</translation>
    </message>
    <message>
        <source>{name} must have shape {expected}, got {shape}.</source>
        <translation>{name} 的形状必须是 {expected}，得到的是 {shape}。</translation>
    </message>
</context>
<context>
    <name>ClassifierPanel</name>
    <message>
        <source>Loading TensorFlow… Training starts once it is ready; you can already change and regenerate the data.</source>
        <extracomment>The narrowest column of controls, in pixels (it widens to what its boxes need). The shares of the right column&apos;s height for the plots (with the readouts) and the log.</extracomment>
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
        <source>Training stopped with an error; the steps trained before it are kept.</source>
        <translation>训练因错误而停止；之前已训练的步骤都保留。</translation>
    </message>
</context>
<context>
    <name>ClassifierPlots</name>
    <message>
        <source>model&apos;s P(class 1)</source>
        <extracomment>Matplotlib resamples the probability field to the screen on every redraw, the slowest part of the figure: while training it follows at most this often (seconds), in a turn of its own, and once more after the last change. The rest follows every frame. How strongly the field shows the class colours (0 = white, 1 = the points&apos; colours). Misclassified points are ringed only when at most this share of the points is wrong. Below this figure width (pixels) the legend takes two rows and the scatter a larger share of the width (beside the lesson, the figure may be only ~500 px wide). Widths of the scatter (with its colour bar) and the curves, wide and narrow.</extracomment>
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
        <source>test</source>
        <translation>测试</translation>
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
        <source>Data (× = {count} test points)</source>
        <translation>数据（× = {count} 个测试点）</translation>
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
    <message>
        <source>{why} {hint}</source>
        <translation>{why}{hint}</translation>
    </message>
    <message>
        <source>{compiler}; XLA could not compile: {reason}</source>
        <translation>{compiler}；XLA 无法编译：{reason}</translation>
    </message>
    <message>
        <source>{path} could not be opened: {reason}.</source>
        <translation>无法打开 {path}。系统的报错：{reason}</translation>
    </message>
    <message>
        <source>TensorFlow says: {error}</source>
        <translation>TensorFlow 的报错：{error}</translation>
    </message>
    <message>
        <source>class 1 when {condition}</source>
        <translation>{condition} 时为类别 1</translation>
    </message>
</context>
<context>
    <name>CodePane</name>
    <message>
        <source>The Python/TensorFlow lines of every successful action; run top to bottom, they rebuild the workspace</source>
        <translation>每个成功操作对应的 Python/TensorFlow 代码；从上到下运行即可重建工作区</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>保存代码</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Saved the code to {path}.</source>
        <translation>代码已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>TensorFlow code</source>
        <extracomment>The shortest the code editor gets, in pixels: two lines of code.</extracomment>
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
    <message>
        <source>Saved the code to {path}.</source>
        <translation>代码已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>ConversionBox</name>
    <message>
        <source>NumPy ⇄ TensorFlow (selected entry)</source>
        <translation>NumPy ⇄ TensorFlow（选中的条目）</translation>
    </message>
    <message>
        <source>Applies to the selected entry.</source>
        <translation>作用于选中的条目。</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
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
        <translation>单个点的逻辑损失</translation>
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
        <source>The notebook&apos;s Keras model (4 × 784 → 512 relu → 10 softmax)</source>
        <translation>笔记本中的 Keras 模型（4 × 784 → 512 relu → 10 softmax）</translation>
    </message>
    <message>
        <source>Dense(512, relu) then Dense(10, softmax) at their real sizes, on a batch of 4 generated images: seeded recipes make the inputs (Glorot-uniform kernels and zero biases, as Keras starts them). Nodes show shapes and heatmaps; finite differences check 16 sampled entries of each large tensor.</source>
        <translation>真实尺寸的 Dense(512, relu) 接 Dense(10, softmax)，作用于 4 张生成图像组成的批次：输入由固定种子的配方生成（与 Keras 初始状态相同：Glorot 均匀分布的核、全零偏置）。节点显示形状和热图；有限差分对每个大张量抽样检查 16 个元素。</translation>
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
    <name>CreateForm</name>
    <message>
        <source>Create a tensor</source>
        <extracomment>The spin boxes&apos; range; the core refuses what does not fit the dtype (float16: ±65504). The spin boxes&apos; minimum width, in pixels.</extracomment>
        <translation>创建张量</translation>
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
        <source>Make the entry and append its TensorFlow line to the code (Enter in Name, Shape or Value)</source>
        <translation>创建条目，并把对应的 TensorFlow 代码追加到代码中（在名称、形状或值中按 Enter）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
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
        <source>Another test set means another training set: training starts again from step 0, from the same starting weights.</source>
        <translation>测试集变了，训练集也随之改变：训练从第 0 步重新开始，起始权重不变。</translation>
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
        <source>Two Gaussians (np.random.seed)</source>
        <translation>两个高斯类（np.random.seed）</translation>
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
        <source>The notebook&apos;s own draw: np.random.seed(seed), then its cell with np.random.multivariate_normal gives exactly these points</source>
        <translation>笔记本自己的抽样方式：先 np.random.seed(seed)，再运行笔记本中使用 np.random.multivariate_normal 的那一格，得到的正是这些点</translation>
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
    <message>
        <source>The training set as the notebook names it</source>
        <translation>训练集，用笔记本中的名称</translation>
    </message>
</context>
<context>
    <name>DeviceReport</name>
    <message>
        <source>TensorFlow Intro Lab — device report</source>
        <extracomment>The report&apos;s headings, table headers and lines: code → English template.</extracomment>
        <translation>TensorFlow 入门实验 — 设备报告</translation>
    </message>
    <message>
        <source>Collected {time} on {platform}.</source>
        <translation>收集于 {time}，平台 {platform}。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>TensorFlow build (tf.sysconfig.get_build_info())</source>
        <translation>TensorFlow 构建信息（tf.sysconfig.get_build_info()）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>TensorFloat-32 for float32 matmuls on GPUs: enabled.</source>
        <translation>GPU 上 float32 矩阵乘法的 TensorFloat-32：已启用。</translation>
    </message>
    <message>
        <source>TensorFloat-32 for float32 matmuls on GPUs: disabled.</source>
        <translation>GPU 上 float32 矩阵乘法的 TensorFloat-32：已关闭。</translation>
    </message>
    <message>
        <source>Installed TensorFlow packages (pip list | grep -E &quot;keras|tensorflow&quot;)</source>
        <translation>已安装的 TensorFlow 软件包（pip list | grep -E &quot;keras|tensorflow&quot;）</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
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
        <source>physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>logical</source>
        <translation>逻辑</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
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
        <source>Why TensorFlow lists no GPU</source>
        <translation>为什么 TensorFlow 没有列出 GPU</translation>
    </message>
    <message>
        <source>{index}. {explanation} **What to do:** {remedy}</source>
        <translation>{index}. {explanation}**怎么办**：{remedy}</translation>
    </message>
    <message>
        <source>What was detected</source>
        <translation>检测到的情况</translation>
    </message>
    <message>
        <source>Operating system: {system}</source>
        <translation>操作系统：{system}</translation>
    </message>
    <message>
        <source>Operating system: {system} (WSL)</source>
        <translation>操作系统：{system}（WSL）</translation>
    </message>
    <message>
        <source>Built with CUDA: {built} (CUDA {cuda_version}, cuDNN {cudnn_version})</source>
        <translation>使用 CUDA 构建：{built}（CUDA {cuda_version}，cuDNN {cudnn_version}）</translation>
    </message>
    <message>
        <source>True</source>
        <translation>是</translation>
    </message>
    <message>
        <source>False</source>
        <translation>否</translation>
    </message>
    <message>
        <source>NVIDIA driver library {library}: loaded</source>
        <translation>NVIDIA 驱动库 {library}：已加载</translation>
    </message>
    <message>
        <source>NVIDIA driver library {library}: not loadable</source>
        <translation>NVIDIA 驱动库 {library}：无法加载</translation>
    </message>
    <message>
        <source>NVIDIA kernel driver: {version}</source>
        <translation>NVIDIA 内核驱动：{version}</translation>
    </message>
    <message>
        <source>NVIDIA kernel driver: not found</source>
        <translation>NVIDIA 内核驱动：未找到</translation>
    </message>
    <message>
        <source>CUDA_VISIBLE_DEVICES: {value}</source>
        <translation>CUDA_VISIBLE_DEVICES：{value}</translation>
    </message>
    <message>
        <source>CUDA_VISIBLE_DEVICES: unset</source>
        <translation>CUDA_VISIBLE_DEVICES：未设置</translation>
    </message>
    <message>
        <source>NVIDIA CUDA wheels: {wheels}</source>
        <translation>NVIDIA CUDA 软件包（wheel）：{wheels}</translation>
    </message>
    <message>
        <source>NVIDIA CUDA wheels: none</source>
        <translation>NVIDIA CUDA 软件包（wheel）：无</translation>
    </message>
    <message>
        <source>Device set-up</source>
        <translation>设备设置</translation>
    </message>
    <message>
        <source>The lab computes on: {device}</source>
        <translation>本实验在此设备上计算：{device}</translation>
    </message>
    <message>
        <source>Preferred device: {device}</source>
        <translation>首选设备：{device}</translation>
    </message>
    <message>
        <source>Preferred device: automatic</source>
        <translation>首选设备：自动</translation>
    </message>
    <message>
        <source>Logical CPU devices asked for: {count}</source>
        <translation>请求的逻辑 CPU 设备数：{count}</translation>
    </message>
    <message>
        <source>GPU memory growth: on</source>
        <translation>GPU 显存按需增长：开</translation>
    </message>
    <message>
        <source>GPU memory growth: off</source>
        <translation>GPU 显存按需增长：关</translation>
    </message>
    <message>
        <source>At start-up: {note}</source>
        <translation>启动时：{note}</translation>
    </message>
    <message>
        <source>Matrix product benchmark (float32, median of repeats)</source>
        <translation>矩阵乘法基准测试（float32，多次重复的中位数）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Median seconds</source>
        <translation>中位数（秒）</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>行块数</translation>
    </message>
    <message>
        <source>Speed relative to /CPU:0 (GFLOP/s ratio):</source>
        <translation>相对 /CPU:0 的速度（GFLOP/s 之比）：</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <source>Replica device</source>
        <translation>副本设备</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Partial sum</source>
        <translation>部分和</translation>
    </message>
    <message>
        <source>Reduced sum (ReduceOp.SUM): {total}</source>
        <translation>归约后的总和（ReduceOp.SUM）：{total}</translation>
    </message>
</context>
<context>
    <name>DeviceSetupBox</name>
    <message>
        <source>Device set-up (kept for the next start)</source>
        <translation>设备设置（保留到下次启动）</translation>
    </message>
    <message>
        <source>The device the classifier (and the lab&apos;s default_device()) computes on</source>
        <translation>分类器（以及本实验的 default_device()）所用的计算设备</translation>
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
        <source>Automatic (first GPU, else CPU)</source>
        <translation>自动（优先第一块 GPU，否则 CPU）</translation>
    </message>
    <message>
        <source>{device} (not present now)</source>
        <translation>{device}（当前不存在）</translation>
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
</context>
<context>
    <name>DevicesFactsView</name>
    <message>
        <source>Number of GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
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
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Asking TensorFlow which devices it sees…</source>
        <translation>正在询问 TensorFlow 能看到哪些设备…</translation>
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
        <source>TensorFlow could not be loaded, so no device can be listed.</source>
        <translation>TensorFlow 无法载入，因此无法列出任何设备。</translation>
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
        <source>physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>logical</source>
        <translation>逻辑</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Loading TensorFlow… The devices, benchmark and demos are ready once it is.</source>
        <extracomment>The sizes ``--screenshot`` times (about a second on a laptop CPU). The control column&apos;s width, in pixels.</extracomment>
        <translation>正在加载 TensorFlow… 加载完成后即可查看设备、运行基准测试和演示。</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded, so no device can be listed or timed.</source>
        <translation>无法加载 TensorFlow，因此无法列出设备或计时。</translation>
    </message>
    <message>
        <source>TensorFlow could not list its devices: {error}</source>
        <translation>TensorFlow 无法列出设备：{error}</translation>
    </message>
    <message>
        <source>Nothing was run; the results shown are kept.</source>
        <translation>没有运行任何计算；已显示的结果保持不变。</translation>
    </message>
    <message>
        <source>The benchmark stopped with an error: {message}</source>
        <translation>基准测试因错误而停止：{message}</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>没有运行任何计算。</translation>
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
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>DevicesTabs</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The devices TensorFlow lists, and why there is no GPU</source>
        <translation>TensorFlow 列出的设备，以及为什么没有 GPU</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>The matmul benchmark&apos;s plots and timings</source>
        <translation>矩阵乘法基准测试的图表和计时</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Library versions, TensorFlow&apos;s build and its packages</source>
        <translation>库的版本、TensorFlow 的构建信息及其软件包</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>The MirroredStrategy&apos;s replicas and their partial sums</source>
        <translation>MirroredStrategy 的各个副本及其部分和</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The TensorFlow code of the last action</source>
        <translation>上一步操作的 TensorFlow 代码</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Everything shown here as Markdown</source>
        <translation>以 Markdown 格式显示的全部内容</translation>
    </message>
</context>
<context>
    <name>DevicesTexts</name>
    <message>
        <source>This is macOS. TensorFlow uses NVIDIA GPUs through CUDA, and CUDA does not exist for macOS, so TensorFlow computes on the CPU.</source>
        <extracomment>Why TensorFlow lists no GPU: code → (what was detected, what to do).</extracomment>
        <translation>这是 macOS。TensorFlow 通过 CUDA 使用 NVIDIA GPU，而 macOS 上没有 CUDA，所以 TensorFlow 在 CPU 上计算。</translation>
    </message>
    <message>
        <source>Apple&apos;s tensorflow-metal plug-in (pip install tensorflow-metal) lets TensorFlow use an Apple GPU; or use a hosted GPU runtime such as Google Colab (Runtime ▸ Change runtime type ▸ GPU).</source>
        <translation>Apple 的 tensorflow-metal 插件（pip install tensorflow-metal）可以让 TensorFlow 使用 Apple GPU；也可以使用托管的 GPU 运行时，例如 Google Colab（Runtime ▸ Change runtime type ▸ GPU）。</translation>
    </message>
    <message>
        <source>This is native Windows with TensorFlow {tensorflow_version}. TensorFlow 2.10 was the last release that used a CUDA GPU on native Windows (since 2.11 it runs on the CPU there).</source>
        <translation>这是原生 Windows，TensorFlow 版本为 {tensorflow_version}。TensorFlow 2.10 是最后一个能在原生 Windows 上使用 CUDA GPU 的版本（从 2.11 起，它在那里只用 CPU）。</translation>
    </message>
    <message>
        <source>Install TensorFlow inside WSL2 (Ubuntu) with {command}; or use a hosted GPU runtime such as Google Colab (Runtime ▸ Change runtime type ▸ GPU).</source>
        <translation>在 WSL2（Ubuntu）中用 {command} 安装 TensorFlow；也可以使用托管的 GPU 运行时，例如 Google Colab（Runtime ▸ Change runtime type ▸ GPU）。</translation>
    </message>
    <message>
        <source>This TensorFlow {tensorflow_version} was built without CUDA (for example the tensorflow-cpu package), so it cannot use an NVIDIA GPU.</source>
        <translation>这个 TensorFlow {tensorflow_version} 在构建时没有包含 CUDA（例如 tensorflow-cpu 软件包），所以无法使用 NVIDIA GPU。</translation>
    </message>
    <message>
        <source>On Linux or WSL2: {command} (or this lab&apos;s extra: {lab_command}).</source>
        <translation>在 Linux 或 WSL2 上：{command}（或使用本实验的附加依赖：{lab_command}）。</translation>
    </message>
    <message>
        <source>CUDA_VISIBLE_DEVICES is set to {value}, which hides every GPU from CUDA and so from TensorFlow.</source>
        <translation>CUDA_VISIBLE_DEVICES 被设为 {value}，这会让 CUDA 看不到任何 GPU，因此 TensorFlow 也看不到。</translation>
    </message>
    <message>
        <source>Unset it (unset CUDA_VISIBLE_DEVICES) or set it to the GPU numbers to use, e.g. CUDA_VISIBLE_DEVICES=0, then start the lab again.</source>
        <translation>取消设置它（unset CUDA_VISIBLE_DEVICES），或把它设为要使用的 GPU 编号，例如 CUDA_VISIBLE_DEVICES=0，然后重新启动本实验。</translation>
    </message>
    <message>
        <source>The NVIDIA driver library ({library}) could not be loaded. Either this computer has no NVIDIA GPU, or the GPU&apos;s driver is not installed.
The system says: {error}</source>
        <translation>无法加载 NVIDIA 驱动库（{library}）。要么这台计算机没有 NVIDIA GPU，要么没有安装 GPU 驱动。
系统的报错：{error}</translation>
    </message>
    <message>
        <source>On a computer with an NVIDIA GPU, install NVIDIA&apos;s driver (nvidia-smi then lists the GPU) and start the lab again. Without one, use a hosted GPU runtime such as Google Colab (Runtime ▸ Change runtime type ▸ GPU).</source>
        <translation>在有 NVIDIA GPU 的计算机上，安装 NVIDIA 驱动（之后 nvidia-smi 会列出该 GPU），然后重新启动本实验。如果没有 GPU，可以使用托管的 GPU 运行时，例如 Google Colab（Runtime ▸ Change runtime type ▸ GPU）。</translation>
    </message>
    <message>
        <source>An NVIDIA driver is installed, but the CUDA libraries TensorFlow was built for (CUDA {cuda_version}, cuDNN {cudnn_version}) are not installed as Python packages, and TensorFlow found none elsewhere.</source>
        <translation>已安装 NVIDIA 驱动，但 TensorFlow 构建时所用的 CUDA 库（CUDA {cuda_version}，cuDNN {cudnn_version}）没有作为 Python 软件包安装，TensorFlow 在别处也没有找到。</translation>
    </message>
    <message>
        <source>{command} installs them next to TensorFlow (Linux, WSL2).</source>
        <translation>{command} 会把它们安装在 TensorFlow 旁边（Linux、WSL2）。</translation>
    </message>
    <message>
        <source>This TensorFlow is built for AMD GPUs (ROCm), and it found no usable AMD GPU.</source>
        <translation>这个 TensorFlow 是为 AMD GPU（ROCm）构建的，但它没有找到可用的 AMD GPU。</translation>
    </message>
    <message>
        <source>Install AMD&apos;s ROCm driver stack for your GPU, or install the standard tensorflow package for NVIDIA GPUs ({command}).</source>
        <translation>为你的 GPU 安装 AMD 的 ROCm 驱动栈，或者安装适用于 NVIDIA GPU 的标准 tensorflow 软件包（{command}）。</translation>
    </message>
    <message>
        <source>CUDA_VISIBLE_DEVICES is set to {value}: only GPUs with those numbers are visible, and there may be none with them.</source>
        <translation>CUDA_VISIBLE_DEVICES 被设为 {value}：只有这些编号的 GPU 可见，而可能没有这样编号的 GPU。</translation>
    </message>
    <message>
        <source>Unset CUDA_VISIBLE_DEVICES, or list numbers that nvidia-smi shows.</source>
        <translation>取消设置 CUDA_VISIBLE_DEVICES，或者只列出 nvidia-smi 显示的编号。</translation>
    </message>
    <message>
        <source>An NVIDIA driver and CUDA libraries are present, yet TensorFlow lists no GPU. The GPU may be older than this build supports, or the driver older than CUDA {cuda_version} needs.</source>
        <translation>NVIDIA 驱动和 CUDA 库都在，但 TensorFlow 没有列出 GPU。可能是 GPU 太旧，这个构建不支持；也可能是驱动比 CUDA {cuda_version} 所需的版本旧。</translation>
    </message>
    <message>
        <source>Start the lab with --verbose to read TensorFlow&apos;s own lines about the GPU, and update the NVIDIA driver.</source>
        <translation>用 --verbose 启动本实验，查看 TensorFlow 自己关于 GPU 的输出，并更新 NVIDIA 驱动。</translation>
    </message>
    <message>
        <source>The text has {length} characters; at most {maximum} are read. Shorten it.</source>
        <extracomment>Refusals and notes: code → template.</extracomment>
        <translation>文本有 {length} 个字符；最多读取 {maximum} 个。请缩短它。</translation>
    </message>
    <message>
        <source>Enter at least one matrix size, e.g. &apos;128, 512, 2048&apos;.</source>
        <translation>请至少输入一个矩阵大小，例如 &apos;128, 512, 2048&apos;。</translation>
    </message>
    <message>
        <source>{text} is not a whole number. Enter sizes such as &apos;128, 512, 2048&apos;, each from {minimum} to {maximum}.</source>
        <translation>{text} 不是整数。请输入像 &apos;128, 512, 2048&apos; 这样的大小，每个取 {minimum} 到 {maximum}。</translation>
    </message>
    <message>
        <source>Size {size} is outside {minimum} to {maximum}. Larger products take minutes on a laptop CPU; smaller ones measure mostly Python overhead.</source>
        <translation>大小 {size} 不在 {minimum} 到 {maximum} 之间。更大的乘法在笔记本 CPU 上要算好几分钟；更小的乘法测到的主要是 Python 的开销。</translation>
    </message>
    <message>
        <source>Enter some numbers, e.g. [1, 2, 3, 4, 5, 6, 7, 8].</source>
        <translation>请输入一些数，例如 [1, 2, 3, 4, 5, 6, 7, 8]。</translation>
    </message>
    <message>
        <source>{text} is not a number. Enter numbers separated by commas, e.g. [1, 2, 3, 4, 5, 6, 7, 8].</source>
        <translation>{text} 不是数。请输入用逗号分隔的数，例如 [1, 2, 3, 4, 5, 6, 7, 8]。</translation>
    </message>
    <message>
        <source>Expected a flat list of numbers such as [1, 2, 3, 4], not a nested one.</source>
        <translation>需要像 [1, 2, 3, 4] 这样的一层数字列表，而不是嵌套的列表。</translation>
    </message>
    <message>
        <source>Expected 1 to {maximum} numbers, got {count}.</source>
        <translation>需要 1 到 {maximum} 个数，但得到 {count} 个。</translation>
    </message>
    <message>
        <source>Every number must be finite (no inf or nan); got {text}.</source>
        <translation>每个数都必须是有限的（不能是 inf 或 nan）；得到的是 {text}。</translation>
    </message>
    <message>
        <source>{text} is beyond float32&apos;s range (±{limit}): TensorFlow would store it as inf. Enter smaller numbers.</source>
        <translation>{text} 超出了 float32 的范围（±{limit}）：TensorFlow 会把它存成 inf。请输入更小的数。</translation>
    </message>
    <message>
        <source>The sum of these numbers is beyond float32&apos;s range (±{limit}), so the reduced sum would be inf. Enter smaller numbers.</source>
        <translation>这些数的和超出了 float32 的范围（±{limit}），归约后的总和会是 inf。请输入更小的数。</translation>
    </message>
    <message>
        <source>{text} is not a device name. Expected &apos;/CPU:0&apos;, &apos;/GPU:0&apos; or another &apos;/TYPE:index&apos; as TensorFlow writes it.</source>
        <translation>{text} 不是设备名。需要 &apos;/CPU:0&apos;、&apos;/GPU:0&apos; 或其他 TensorFlow 写法的 &apos;/TYPE:index&apos;。</translation>
    </message>
    <message>
        <source>TensorFlow lists no device {device}; it lists {listed}.</source>
        <translation>TensorFlow 没有列出设备 {device}；它列出的是 {listed}。</translation>
    </message>
    <message>
        <source>Choose at least one device, or NumPy.</source>
        <translation>请至少选择一个设备，或者 NumPy。</translation>
    </message>
    <message>
        <source>TensorFlow could not run the op on {device}: {reason}</source>
        <translation>TensorFlow 无法在 {device} 上运行该运算：{reason}</translation>
    </message>
    <message>
        <source>TensorFlow lists no {requested}, so with soft device placement on (tf.config.get_soft_device_placement() is True) it ran the op on {device} instead.</source>
        <translation>TensorFlow 没有列出 {requested}，由于开启了软设备放置（tf.config.get_soft_device_placement() 为 True），它改在 {device} 上运行了该运算。</translation>
    </message>
    <message>
        <source>The CPU is split into {count} logical devices.</source>
        <translation>CPU 已拆分成 {count} 个逻辑设备。</translation>
    </message>
    <message>
        <source>The CPU split was not applied ({reason}); restart the lab.</source>
        <translation>CPU 拆分没有生效（{reason}）；请重新启动本实验。</translation>
    </message>
    <message>
        <source>Memory growth is on for {device}.</source>
        <translation>{device} 的显存按需增长已开启。</translation>
    </message>
    <message>
        <source>Memory growth was not applied to {device} ({reason}); restart the lab.</source>
        <translation>{device} 的显存按需增长没有生效（{reason}）；请重新启动本实验。</translation>
    </message>
    <message>
        <source>GPU memory growth is on, but TensorFlow lists no GPU.</source>
        <translation>已开启 GPU 显存按需增长，但 TensorFlow 没有列出 GPU。</translation>
    </message>
    <message>
        <source>repeat {index} (fast products repeat for {seconds} s)</source>
        <translation>第 {index} 次重复（快的乘积重复 {seconds} 秒）</translation>
    </message>
    <message>
        <source>repeat {index} of {count}</source>
        <translation>第 {index} 次，共 {count} 次</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>There is no display to open the window on (DISPLAY is not set).</source>
        <translation>没有可以打开窗口的显示器（未设置 DISPLAY）。</translation>
    </message>
    <message>
        <source>There is no display to open the window on: DISPLAY is not set, and no Wayland compositor listens at WAYLAND_DISPLAY={name}.</source>
        <translation>没有可以打开窗口的显示器：未设置 DISPLAY，并且 WAYLAND_DISPLAY={name} 处没有 Wayland 合成器在监听。</translation>
    </message>
    <message>
        <source>No X server answers at DISPLAY={name}.</source>
        <translation>DISPLAY={name} 处没有 X 服务器应答。</translation>
    </message>
    <message>
        <source>Start the lab from the desktop session (a terminal opened on its screen); over ssh, connect with `ssh -X`.</source>
        <translation>请在桌面会话中启动本实验（在该屏幕上打开的终端里）；通过 ssh 时，请用 `ssh -X` 连接。</translation>
    </message>
    <message>
        <source>Without a screen: tfintro-gui --self-test, --report or --screenshot FILE.png work headless.</source>
        <translation>没有屏幕时：tfintro-gui --self-test、--report 或 --screenshot FILE.png 可以在无界面模式下运行。</translation>
    </message>
</context>
<context>
    <name>DistributionBox</name>
    <message>
        <source>Distribution in miniature</source>
        <translation>分布式的缩影</translation>
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
        <source>Set Logical CPUs to 2–4 above and restart to spread it over more replicas.</source>
        <translation>在上方把逻辑 CPU 数设为 2–4 并重新启动，即可分散到更多副本上。</translation>
    </message>
    <message>
        <source>Sum {total} from {count} replica(s).</source>
        <translation>{count} 个副本求得总和 {total}。</translation>
    </message>
</context>
<context>
    <name>ExceptionReporter</name>
    <message>
        <source>Something went wrong inside the lab: {error}. The lab keeps running, but what you just did may not have finished. Please report this to your teacher: Copy puts the details on the clipboard.</source>
        <translation>本实验内部出错了：{error}。本实验会继续运行，但你刚才的操作可能没有完成。请把这个问题报告给老师：点“复制”即可把详细信息复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ExpressionBox</name>
    <message>
        <source>Expression</source>
        <extracomment>Builds the graph from the editor.</extracomment>
        <translation>表达式</translation>
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
        <source>Your own expression, edited from this preset: Build graph draws it. Pick a preset to start again from one.</source>
        <translation>这是你自己改写过的表达式：点“构建计算图”即可画出。若想从某个预设重新开始，请再选一个预设。</translation>
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
        <extracomment>Pixels between a caption and the figure&apos;s edge or the axes.</extracomment>
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
        <source>blue: tf.Variable</source>
        <extracomment>Smallest font scale used before the canvas grows wider: 9 pt × 0.7 ≈ 6.3 pt. The colour key under the graph, one entry per part (wrapped between parts).</extracomment>
        <translation>蓝：tf.Variable</translation>
    </message>
    <message>
        <source>grey: tf.constant</source>
        <translation>灰：tf.constant</translation>
    </message>
    <message>
        <source>green: watched</source>
        <translation>绿：被跟踪</translation>
    </message>
    <message>
        <source>orange: output</source>
        <translation>橙：输出</translation>
    </message>
    <message>
        <source>yellow: last step</source>
        <translation>黄：上一步</translation>
    </message>
    <message>
        <source>red: path from the output to the selected node</source>
        <translation>红：从输出到所选节点的路径</translation>
    </message>
    <message>
        <source>?: not computed yet</source>
        <translation>?：尚未计算</translation>
    </message>
    <message>
        <source>None: no gradient (not 0)</source>
        <translation>None：没有梯度（不是 0）</translation>
    </message>
    <message>
        <source>watched constant</source>
        <translation>被跟踪的常量</translation>
    </message>
    <message>
        <source>value ?</source>
        <extracomment>A node&apos;s value before the forward pass reaches it, and its gradient before the backward pass does (never a made-up 0).</extracomment>
        <translation>值 ?</translation>
    </message>
    <message>
        <source>∂L ?</source>
        <translation>∂L ?</translation>
    </message>
    <message>
        <source>heatmaps: mean-pooled to at most 16 × 16, blue &lt; 0 &lt; red up to ±bound; left value, right ∂L</source>
        <extracomment>Characters of a colour bound such as &quot;±0.0033&quot; (two significant digits; padded to it, so a box keeps its width through the steps). The colour key&apos;s entry for heatmaps (shown when a graph has some).</extracomment>
        <translation>热图：平均池化到至多 16 × 16，蓝 &lt; 0 &lt; 红，色标范围 ±界限；左为值，右为 ∂L</translation>
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
        <source>Forward: {forward} of {operations} operations evaluated</source>
        <translation>前向：{operations} 个运算中已计算 {forward} 个</translation>
    </message>
    <message>
        <source>backward pass: {backward}</source>
        <translation>反向传播：{backward}</translation>
    </message>
    <message>
        <source>∂L = ∂{output}/∂node</source>
        <translation>∂L = ∂{output}/∂节点</translation>
    </message>
    <message>
        <source>Save the drawing as .png or .svg, not {suffix}.</source>
        <translation>请把图保存为 .png 或 .svg，而不是 {suffix}。</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>无后缀</translation>
    </message>
</context>
<context>
    <name>InputsTable</name>
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
        <source>Inputs</source>
        <translation>输入</translation>
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
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The inputs the expression reads: kind, dtype and value; a change rebuilds the graph</source>
        <translation>表达式读取的输入：种类、dtype 和值；修改后会重建计算图</translation>
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
        <source>made by TensorFlow with a fixed seed (too large to type); edit the recipe, e.g. its seed, or type a small value instead</source>
        <translation>由 TensorFlow 以固定种子生成（太大，无法手动输入）；可修改配方（例如种子），或改为输入一个小的值</translation>
    </message>
    <message>
        <source>type a number or a list such as [[1, 2], [3, 4]], or a recipe such as random_normal((4, 784), seed=1)</source>
        <translation>输入一个数字或列表，如 [[1, 2], [3, 4]]，或一个配方，如 random_normal((4, 784), seed=1)</translation>
    </message>
    <message>
        <source>variable</source>
        <extracomment>What each kind is called in the list (the data stays the core&apos;s kind key).</extracomment>
        <translation>变量</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>被跟踪</translation>
    </message>
</context>
<context>
    <name>LabActions</name>
    <message>
        <source>Lab file (*.tflab)</source>
        <translation>实验文件 (*.tflab)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Open &amp;lab…</source>
        <translation>打开实验(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a teacher&apos;s lab file (.tflab): step by step, with questions to predict</source>
        <translation>打开教师的实验文件 (.tflab)：逐步进行，并附有需要先预测的问题</translation>
    </message>
    <message>
        <source>Save lab &amp;report…</source>
        <translation>保存实验报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save your predictions and the real values as a PDF (and JSON) for the teacher</source>
        <translation>把你的预测和真实值保存为 PDF（以及 JSON），交给老师</translation>
    </message>
    <message>
        <source>Save as lab s&amp;tep…</source>
        <translation>另存为实验步骤(&amp;T)…</translation>
    </message>
    <message>
        <source>Teachers: turn what this panel shows into a step of a lab file</source>
        <translation>教师用：把本面板当前的内容变成实验文件中的一个步骤</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>The lab {path} was not opened; nothing was changed.
{problems}</source>
        <translation>实验 {path} 未打开，没有任何改动。
{problems}</translation>
    </message>
    <message>
        <source>
…and {count} more.</source>
        <translation>
…另有 {count} 个问题。</translation>
    </message>
    <message>
        <source>The lab {path} could not be read: {reason}.</source>
        <translation>无法读取实验 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Open lab</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Open a lab first: the report holds its questions.</source>
        <translation>请先打开一个实验：报告包含的是实验中的问题。</translation>
    </message>
    <message>
        <source>The report could not be written to {path}: {reason}. Choose a folder you can write to.</source>
        <translation>无法把报告写入 {path}：{reason}。请选择一个你有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Saved the lab report to {path} and {json_path}.</source>
        <translation>实验报告已保存到 {path} 和 {json_path}。</translation>
    </message>
    <message>
        <source>Save lab report</source>
        <translation>保存实验报告</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>你的姓名：</translation>
    </message>
    <message>
        <source>Added the step to {path}.</source>
        <translation>已把该步骤加入 {path}。</translation>
    </message>
</context>
<context>
    <name>LabPane</name>
    <message>
        <source>Lab progress</source>
        <translation>实验进度</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The previous step of the lab</source>
        <translation>实验的上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step (a question never blocks it)</source>
        <translation>实验的下一步（问题不会阻止你继续）</translation>
    </message>
    <message>
        <source>This lab names controls the {panel} panel does not have: {names}. They stay free.</source>
        <translation>这个实验提到了 {panel} 面板中没有的控件：{names}。它们保持可用。</translation>
    </message>
    <message>
        <source>This step&apos;s settings are applied once TensorFlow is loaded.</source>
        <translation>TensorFlow 加载完成后，将应用这一步的设置。</translation>
    </message>
    <message>
        <source>This step&apos;s settings could not be applied to the {panel} panel: {reason}</source>
        <translation>无法把这一步的设置应用到 {panel} 面板：{reason}</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>第 {step} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>TensorFlow could not compute the real value: {reason}</source>
        <translation>TensorFlow 无法计算真实值：{reason}</translation>
    </message>
    <message>
        <source>The lab&apos;s progress could not be kept: {reason}</source>
        <translation>无法保存实验进度：{reason}</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Lab report: {title}</source>
        <translation>实验报告：{title}</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>{right} of {questions} questions right at the first try; {answered} answered.</source>
        <translation>共 {questions} 道题，第一次就答对 {right} 道；已作答 {answered} 道。</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>All tries</source>
        <translation>所有尝试</translation>
    </message>
    <message>
        <source>Real value</source>
        <translation>真实值</translation>
    </message>
    <message>
        <source>First try</source>
        <translation>第一次尝试</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>value shown with Show me</source>
        <translation>通过“显示答案”查看了数值</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>第 {number} 题</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>实验报告</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The {language} translation is missing, so the interface stays in English; the lessons are in {language}.</source>
        <extracomment>How long the status bar shows what the switch did, in milliseconds.</extracomment>
        <translation>缺少{language}翻译文件，因此界面仍为英文；课程显示为{language}。</translation>
    </message>
    <message>
        <source>The interface is in {language} now. The panels were built again with your work; benchmark timings, the graph&apos;s steps, the classifier&apos;s curves and log, and inputs you had not applied start afresh.</source>
        <translation>界面现在显示为{language}。各面板已连同你的工作重新构建；基准测试的计时、计算图的逐步进度、分类器的曲线和日志，以及尚未应用的输入会重新开始。</translation>
    </message>
    <message>
        <source>The open lab and its panels switch to {language} when the lab starts again.</source>
        <translation>已打开的实验及其面板将在本实验重新启动后切换为{language}。</translation>
    </message>
    <message>
        <source>The {panel} panel could not take your work into {language}: {reason}. Open a saved session to get it back.</source>
        <translation>“{panel}”面板无法把你的工作带到{language}界面：{reason}。请打开已保存的会话来恢复。</translation>
    </message>
    <message>
        <source>Your work could not be kept for the restart: {reason}. Nothing was closed.</source>
        <translation>无法为重新启动保存你的工作：{reason}。没有关闭任何内容。</translation>
    </message>
    <message>
        <source>The lab could not start again by itself. Save your session, close the lab and start it again to finish the switch.</source>
        <translation>本实验无法自动重新启动。请保存会话，关闭本实验后再重新启动，以完成切换。</translation>
    </message>
    <message>
        <source>The lab started again in {language}, with your work.</source>
        <translation>本实验已用{language}重新启动，你的工作都在。</translation>
    </message>
</context>
<context>
    <name>LessonDrawer</name>
    <message>
        <source>Lesson</source>
        <extracomment>The narrowest window, in pixels at zoom 1, that has room for the lesson beside a panel. The lesson dock&apos;s narrowest first width, in pixels (the student may drag it). The lesson dock&apos;s first share of a wide window (394 px of a 1 640 px window): its code lines then fit without breaking mid-word. The drawer&apos;s share of the central area&apos;s width (at least LESSON_WIDTH pixels).</extracomment>
        <translation>课程</translation>
    </message>
    <message>
        <source>Close the lesson (F1 or Esc)</source>
        <translation>关闭课程（F1 或 Esc）</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <source>Lesson</source>
        <extracomment>The narrowest the pane gets, in pixels, so a small screen still fits a panel beside it. Heading sizes relative to the body text (Qt&apos;s Markdown defaults are too big for a pane). A code line may also break after these characters (&quot;tf.random.uniform(shape=(2, 1))&quot; broke inside &quot;uniform&quot; when it could not break at a space).</extracomment>
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
    <name>LessonPlacement</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>LogTabs</name>
    <message>
        <source>Training log</source>
        <extracomment>Lines the log keeps (the oldest go first). Pixels left between the last tab and a widget in the tab bar&apos;s corner.</extracomment>
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
        <source>The standard logistic function, with every training point at its logit</source>
        <translation>标准 logistic 函数，每个训练点位于它的 logit 处</translation>
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
        <source>TensorFlow {version} · device {device}</source>
        <translation>TensorFlow {version} · 设备 {device}</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded</source>
        <translation>无法加载 TensorFlow</translation>
    </message>
    <message>
        <source>The {panel} panel could not start: {error}. The other panels work; please report this (Copy puts the details on the clipboard).</source>
        <extracomment>The plots are built this long after the first paint even if TensorFlow is still being imported (4–5 s on a 2-core laptop; a minute on a cold first start), in ms.</extracomment>
        <translation>“{panel}”面板无法启动：{error}。其他面板仍可使用；请报告这个问题（点“复制”即可把详细信息复制到剪贴板）。</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Messages</source>
        <extracomment>The area&apos;s height when the panel opens, in pixels (about six lines of text).</extracomment>
        <translation>消息</translation>
    </message>
    <message>
        <source>What each action did, and why TensorFlow refused one, appears here.</source>
        <translation>每个操作的结果，以及 TensorFlow 拒绝某个操作的原因，都显示在这里。</translation>
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
        <extracomment>Background, border and text colours of each level. The most characters the bar shows; the rest is in the tool tip and behind Copy. The most lines the bar shows. A token (characters without white space) longer than this gets a break point (a zero width space) every this many characters, so the label can wrap it. A token longer than this is shown cut in the middle: its start, &quot;…&quot;, its end. The most characters of the whole text the tool tip shows.</extracomment>
        <translation>消息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the whole message and its details to the clipboard</source>
        <translation>把完整的消息及其详细信息复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message>
        <source>Export model to other runtimes…</source>
        <translation>将模型导出到其他运行时…</translation>
    </message>
    <message>
        <source>Save the trained model as a .keras file, a SavedModel (model.export) and a TF Lite model; load each back and compare its predictions with the live model. Pause training first: a model that is still changing cannot be compared.</source>
        <translation>把训练好的模型保存为 .keras 文件、SavedModel（model.export）和 TF Lite 模型；再逐个加载回来，把它们的预测与当前模型比较。请先暂停训练：仍在变化的模型无法比较。</translation>
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
        <source>Exported the model three ways; every copy&apos;s predictions match the live model&apos;s exactly.</source>
        <translation>已用三种方式导出模型；每个副本的预测与当前模型完全一致。</translation>
    </message>
    <message>
        <source>Exported the model three ways; every copy&apos;s predictions match the live model&apos;s to within {difference}.</source>
        <translation>已用三种方式导出模型；每个副本的预测与当前模型的差别都在 {difference} 以内。</translation>
    </message>
    <message>
        <source>Export the model into a folder</source>
        <translation>将模型导出到文件夹</translation>
    </message>
    <message>
        <source>.keras file</source>
        <extracomment>How long closing waits for a format being written (a TF Lite conversion takes seconds). Each format&apos;s name in the results (translated with the context &quot;ModelExporter&quot;).</extracomment>
        <translation>.keras 文件</translation>
    </message>
    <message>
        <source>{format}: max |Δ logit| = {difference} ({size} KiB, {seconds} s)</source>
        <translation>{format}：最大 |Δ logit| = {difference}（{size} KiB，{seconds} 秒）</translation>
    </message>
    <message>
        <source>The export stopped with an error; the copies already saved are kept.</source>
        <translation>导出因错误而停止；已保存的副本都保留。</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Panels</source>
        <extracomment>The list&apos;s narrowest width, in pixels; wider when a title needs it (zoom, language).</extracomment>
        <translation>面板</translation>
    </message>
    <message>
        <source>The four panels of the lesson (Ctrl+1 to Ctrl+4)</source>
        <translation>本课的四个面板（Ctrl+1 到 Ctrl+4）</translation>
    </message>
</context>
<context>
    <name>NoGpuView</name>
    <message>
        <source>Why TensorFlow lists no GPU</source>
        <translation>为什么 TensorFlow 没有列出 GPU</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>怎么办：</translation>
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
        <source>Batch loss</source>
        <extracomment>The names of the loss and accuracy readouts with mini-batches.</extracomment>
        <translation>批次损失</translation>
    </message>
    <message>
        <source>Batch accuracy</source>
        <translation>批次准确率</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>The readouts measured with the loss (cleared when the loss changes). The readouts that show training progress (cleared at a new start). Pixels each value column gets beyond its widest usual value: the layout rounds the columns&apos; shares, and a value one pixel short is elided (&quot;1027 of 20…&quot;). Pairs a row the box may take, most first.</extracomment>
        <translation>当前</translation>
    </message>
    <message>
        <source>The model now, or at the step the replay slider shows</source>
        <translation>模型现在的值，或回放滑块所示那一步的值</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} 个参数</translation>
    </message>
    <message>
        <source>recompiling for XLA…</source>
        <translation>正在为 XLA 重新编译…</translation>
    </message>
    <message>
        <source>tracing tf.function…</source>
        <translation>正在追踪 tf.function…</translation>
    </message>
    <message>
        <source>compiling for XLA…</source>
        <translation>正在为 XLA 编译…</translation>
    </message>
    <message>
        <source>{step} (replay)</source>
        <translation>{step}（回放）</translation>
    </message>
    <message>
        <source>{wrong} of {count}</source>
        <translation>{wrong} 个（共 {count} 个）</translation>
    </message>
</context>
<context>
    <name>OpsForm</name>
    <message>
        <source>Apply an operation</source>
        <translation>应用运算</translation>
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
        <source>Run the operation and store the result under the name (Enter in Result)</source>
        <translation>执行运算，并以该名称保存结果（在结果中按 Enter）</translation>
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
        <source>axis, e.g. 0 (empty = all)</source>
        <translation>axis，例如 0（留空表示全部）</translation>
    </message>
    <message>
        <source>new shape, e.g. (4, 1) or (-1,)</source>
        <translation>新形状，例如 (4, 1) 或 (-1,)</translation>
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
    <message>
        <source>TensorFlow {version} is ready on {device}: every control works now.</source>
        <extracomment>Replaces the loading message when TensorFlow is ready (the bar stays: no layout jump).</extracomment>
        <translation>TensorFlow {version} 已在 {device} 上就绪：现在所有控件都可以使用。</translation>
    </message>
</context>
<context>
    <name>ParameterView</name>
    <message>
        <source>The parameter view shows the linear model&apos;s two weights; a hidden layer has many more.</source>
        <translation>参数视图显示的是线性模型的两个权重；有隐藏层时权重要多得多。</translation>
    </message>
    <message>
        <source>drag the point</source>
        <translation>拖动该点</translation>
    </message>
    <message>
        <source>Loss over W
at the current b</source>
        <translation>W 上的损失
（当前 b 下）</translation>
    </message>
</context>
<context>
    <name>PlacementBox</name>
    <message>
        <source>Placement: where does an op run?</source>
        <extracomment>Characters a device name may have in the box (``/device:GPU:12`` needs 14).</extracomment>
        <translation>放置：运算在哪里执行？</translation>
    </message>
    <message>
        <source>with tf.device(...): pick a device or type one, e.g. /GPU:0 (TensorFlow places the op elsewhere if that device does not exist)</source>
        <translation>with tf.device(...)：选择或输入一个设备，例如 /GPU:0（该设备不存在时，TensorFlow 会把运算放到别处）</translation>
    </message>
    <message>
        <source>(TensorFlow chooses)</source>
        <translation>（由 TensorFlow 选择）</translation>
    </message>
    <message>
        <source>Run tf.matmul(x, x)</source>
        <translation>运行 tf.matmul(x, x)</translation>
    </message>
    <message>
        <source>Run a small op and show the device it ran on</source>
        <translation>运行一个小运算，并显示它在哪个设备上执行</translation>
    </message>
    <message>
        <source>ran on &lt;b&gt;{device}&lt;/b&gt;</source>
        <translation>在 &lt;b&gt;{device}&lt;/b&gt; 上执行</translation>
    </message>
</context>
<context>
    <name>PlotPlaceholder</name>
    <message>
        <source>Loading the plots…</source>
        <translation>正在载入图表…</translation>
    </message>
</context>
<context>
    <name>PlotToolbar</name>
    <message>
        <source>Home</source>
        <extracomment>The icons of a compact tool bar (the style&apos;s tool bar icons are 24 px): 4 px less height.</extracomment>
        <translation>初始视图</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>回到最初的视图</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>回到上一个视图</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>前往下一个视图</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Left button pans, right button zooms
x/y fixes the axis, Ctrl fixes the aspect</source>
        <translation>左键平移，右键缩放
按住 x/y 固定该轴，按住 Ctrl 固定纵横比</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom to a rectangle
x/y fixes the axis</source>
        <translation>缩放到框选的矩形
按住 x/y 固定该轴</translation>
    </message>
    <message>
        <source>Subplots</source>
        <translation>子图</translation>
    </message>
    <message>
        <source>Configure the subplots&apos; margins</source>
        <translation>调整子图的边距</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Edit the axes, curves and image parameters</source>
        <translation>编辑坐标轴、曲线和图像的参数</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the figure</source>
        <translation>保存图像</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the figure to {path}.</source>
        <translation>图像已保存到 {path}。</translation>
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
    <name>PrintoutView</name>
    <message>
        <source>Printed gradients</source>
        <translation>打印出的梯度</translation>
    </message>
    <message>
        <source>What print() shows for tape.gradient&apos;s answers, in TensorFlow&apos;s own words</source>
        <translation>print() 对 tape.gradient 返回结果的输出，用 TensorFlow 自己的格式</translation>
    </message>
    <message>
        <source># Step to the end of the backward pass: then tape.gradient&apos;s answers are printed here as print() shows them.</source>
        <translation># 把反向传播一步步走到底：然后这里会像 print() 那样打印出 tape.gradient 的返回结果。</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>你的预测</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Compare your prediction with what TensorFlow computes</source>
        <translation>把你的预测与 TensorFlow 的计算结果比较</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <source>Show the real value without a prediction</source>
        <translation>不作预测，直接显示真实值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>A number, e.g. 2.5</source>
        <translation>一个数，例如 2.5</translation>
    </message>
    <message>
        <source>A shape, e.g. (4, 1)</source>
        <translation>一个形状，例如 (4, 1)</translation>
    </message>
    <message>
        <source>A dtype, e.g. float32</source>
        <translation>一个 dtype，例如 float32</translation>
    </message>
    <message>
        <source>Running TensorFlow…</source>
        <translation>正在运行 TensorFlow…</translation>
    </message>
    <message>
        <source>**Right.**</source>
        <translation>**正确。**</translation>
    </message>
    <message>
        <source>**Not quite.** Try once more, or press Show me.</source>
        <translation>**不太对。** 再试一次，或者按“显示答案”。</translation>
    </message>
    <message>
        <source>**Not quite.**</source>
        <translation>**不太对。**</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>提示：{hint}</translation>
    </message>
    <message>
        <source>TensorFlow computed: `{value}`</source>
        <translation>TensorFlow 的计算结果：`{value}`</translation>
    </message>
    <message>
        <source>Type a prediction first.</source>
        <translation>请先输入你的预测。</translation>
    </message>
    <message>
        <source>That prediction is too long; type a short value.</source>
        <translation>这个预测太长了，请输入一个简短的值。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number. Type e.g. 2, -0.5 or 1e-3.</source>
        <translation>&apos;{text}&apos; 不是一个数。请输入例如 2、-0.5 或 1e-3。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a shape. Type sizes in brackets, e.g. (2, 3), (3,) or () for a scalar.</source>
        <translation>&apos;{text}&apos; 不是一个形状。请在括号中输入各轴大小，例如 (2, 3)、(3,)，标量则输入 ()。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a dtype. Type e.g. float32, float64, int32 or bool.</source>
        <translation>&apos;{text}&apos; 不是一个 dtype。请输入例如 float32、float64、int32 或 bool。</translation>
    </message>
    <message>
        <source>Choose one of the answers first.</source>
        <translation>请先选择一个答案。</translation>
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
    <name>ReplicasView</name>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
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
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Partial sum</source>
        <translation>部分和</translation>
    </message>
    <message>
        <source>over {count} replica(s)</source>
        <translation>（共 {count} 个副本）</translation>
    </message>
</context>
<context>
    <name>ReportBox</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
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
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>RestartNotice</name>
    <message>
        <source>Restart now</source>
        <extracomment>Temporary session files of a restart start with this (in the system&apos;s temporary folder).</extracomment>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Start the lab again in the chosen language, with your work, the lab file and its progress</source>
        <translation>用所选语言重新启动本实验，保留你的工作、实验文件及其进度</translation>
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
    <name>Screenshot</name>
    <message>
        <source>the picture could not be written</source>
        <translation>无法写入图像</translation>
    </message>
    <message>
        <source>Screenshot saved to {path}.</source>
        <translation>截图已保存到 {path}。</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>A float32 matrix product does not match NumPy on {devices}.</source>
        <translation>在 {devices} 上，float32 矩阵乘法的结果与 NumPy 不一致。</translation>
    </message>
    <message>
        <source>TensorFlow lists no CPU device.</source>
        <translation>TensorFlow 没有列出 CPU 设备。</translation>
    </message>
    <message>
        <source>TensorFlow lists {count} GPU(s); a float32 matrix product matches NumPy on {devices}.</source>
        <translation>TensorFlow 列出了 {count} 个 GPU；在 {devices} 上，float32 矩阵乘法的结果与 NumPy 一致。</translation>
    </message>
    <message>
        <source>Creating, assigning, slicing and multiplying tensors gives TensorFlow&apos;s own values, and assigning into a constant is refused as in TensorFlow.</source>
        <translation>创建、赋值、切片赋值和相乘张量得到的值与 TensorFlow 本身的一致，对常量赋值也像在 TensorFlow 中一样被拒绝。</translation>
    </message>
    <message>
        <source>These steps gave other values than TensorFlow: {names}.</source>
        <translation>以下步骤得到的值与 TensorFlow 不同：{names}。</translation>
    </message>
    <message>
        <source>The chain rule, tf.GradientTape and finite differences all give the notebook&apos;s gradients: ∂loss_val/∂w = 2, ∂loss_val/∂b = 1, ∂loss_val/∂x1 = 1, ∂loss_val/∂x2 = 1.</source>
        <translation>链式法则、tf.GradientTape 和有限差分都得到笔记本中的梯度：∂loss_val/∂w = 2，∂loss_val/∂b = 1，∂loss_val/∂x1 = 1，∂loss_val/∂x2 = 1。</translation>
    </message>
    <message>
        <source>The notebook example&apos;s gradients differ from ∂loss_val/∂w = 2, ∂loss_val/∂b = 1, ∂loss_val/∂x1 = 1, ∂loss_val/∂x2 = 1: compare chain_rule, tape and finite_difference.</source>
        <translation>笔记本示例的梯度与 ∂loss_val/∂w = 2，∂loss_val/∂b = 1，∂loss_val/∂x1 = 1，∂loss_val/∂x2 = 1 不符：请对比 chain_rule、tape 和 finite_difference。</translation>
    </message>
    <message>
        <source>The classifier learned: final loss {loss}, accuracy {accuracy}; it trains at {speed} steps per second on {device}.</source>
        <translation>分类器学会了：最终损失 {loss}，准确率 {accuracy}；在 {device} 上每秒训练 {speed} 步。</translation>
    </message>
    <message>
        <source>The classifier did not learn well enough: final loss {loss}, accuracy {accuracy}.</source>
        <translation>分类器没有学好：最终损失 {loss}，准确率 {accuracy}。</translation>
    </message>
    <message>
        <source>The window opened every panel (PySide6 {version}).</source>
        <translation>窗口打开了所有面板（PySide6 {version}）。</translation>
    </message>
    <message>
        <source>The window could not show its panels.</source>
        <translation>窗口无法显示它的面板。</translation>
    </message>
    <message>
        <source>The check stopped with an error: {error}</source>
        <translation>检查因错误而停止：{error}</translation>
    </message>
    <message>
        <source>The check passed.</source>
        <translation>检查通过。</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>检查未通过。</translation>
    </message>
    <message>
        <source>TensorFlow could not be imported, so nothing was checked: {error}</source>
        <translation>无法导入 TensorFlow，因此没有做任何检查：{error}</translation>
    </message>
    <message>
        <source>Every check passed: this computer is ready for the lab.</source>
        <translation>所有检查都已通过：这台计算机可以用来上实验课了。</translation>
    </message>
    <message>
        <source>{failed} of {count} checks failed: {names}. Each part&apos;s message says what went wrong.</source>
        <translation>{count} 项检查中有 {failed} 项未通过：{names}。每一部分的 message 说明了出了什么问题。</translation>
    </message>
    <message>
        <source>Importing TensorFlow… (the first time after a restart can take a minute)</source>
        <extracomment>What ``--self-test`` says on standard error before each stage (the JSON comes last).</extracomment>
        <translation>正在导入 TensorFlow…（重启后第一次可能需要一分钟）</translation>
    </message>
    <message>
        <source>Checking the Devices panel…</source>
        <translation>正在检查“设备”面板…</translation>
    </message>
    <message>
        <source>Checking the Tensors panel…</source>
        <translation>正在检查“张量”面板…</translation>
    </message>
    <message>
        <source>Checking the Backprop panel…</source>
        <translation>正在检查“反向传播”面板…</translation>
    </message>
    <message>
        <source>Checking the Classifier panel (training)…</source>
        <translation>正在检查“分类器”面板（训练中）…</translation>
    </message>
    <message>
        <source>Opening the window and every panel…</source>
        <translation>正在打开窗口和每个面板…</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
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
</context>
<context>
    <name>SigmoidPlot</name>
    <message>
        <source>class 0</source>
        <extracomment>The smallest half-width of the logit axis; it doubles while logits lie beyond it. Where the two rugs lie under the curve, in σ units.</extracomment>
        <translation>类别 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>类别 1</translation>
    </message>
    <message>
        <source>x axis: logit o = x·W + b
(the model&apos;s output)</source>
        <translation>横轴：logit o = x·W + b
（模型的输出）</translation>
    </message>
    <message>
        <source>the squared loss reads o itself, not σ(o), as P(class 1)</source>
        <translation>平方损失直接把 o（而不是 σ(o)）当作 P(类别 1)</translation>
    </message>
</context>
<context>
    <name>StepControls</name>
    <message>
        <source>Forward and backward</source>
        <extracomment>Keys of the stepping actions (shown on the panel, the buttons&apos; tool tips and here). Lines the status line keeps room for.</extracomment>
        <translation>前向与反向</translation>
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
        <source>How far the forward and backward passes have come</source>
        <translation>前向和反向计算进行到了哪里</translation>
    </message>
    <message>
        <source>Keys: {step} = next step · {run} = run both passes · {reset} = reset · {build} = build</source>
        <translation>按键：{step} = 下一步 · {run} = 完成前向和反向 · {reset} = 重置 · {build} = 构建</translation>
    </message>
</context>
<context>
    <name>StepDetailView</name>
    <message>
        <source>The last step, or the node you clicked: value, gradient and the formulas behind them</source>
        <extracomment>Extra indent of a wrapped line&apos;s continuation, in characters.</extracomment>
        <translation>上一步，或你点击的节点：值、梯度以及背后的公式</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>步骤详情</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Lab file (*.tflab)</source>
        <translation>实验文件 (*.tflab)</translation>
    </message>
    <message>
        <source>Save as lab step</source>
        <translation>另存为实验步骤</translation>
    </message>
    <message>
        <source>A short id: lower-case letters, digits, - and _</source>
        <translation>简短的标识：小写字母、数字、- 和 _</translation>
    </message>
    <message>
        <source>What the student does (Markdown)</source>
        <translation>学生要做什么（Markdown）</translation>
    </message>
    <message>
        <source>The same in Chinese (Markdown)</source>
        <translation>同样的内容，用中文写（Markdown）</translation>
    </message>
    <message>
        <source>Controls to lock</source>
        <translation>要锁定的控件</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Step id</source>
        <translation>步骤标识</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Instruction (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Instruction (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Add to a lab…</source>
        <translation>加入已有实验…</translation>
    </message>
    <message>
        <source>Append this step to an existing .tflab file</source>
        <translation>把这个步骤追加到已有的 .tflab 文件</translation>
    </message>
    <message>
        <source>New lab…</source>
        <translation>新建实验…</translation>
    </message>
    <message>
        <source>Start a new .tflab file with this step</source>
        <translation>以这个步骤新建一个 .tflab 文件</translation>
    </message>
    <message>
        <source>Predict-then-run question</source>
        <translation>先预测再运行的问题</translation>
    </message>
    <message>
        <source>The question (English)</source>
        <translation>问题（英文）</translation>
    </message>
    <message>
        <source>The question (Chinese)</source>
        <translation>问题（中文）</translation>
    </message>
    <message>
        <source>Probe arguments (JSON)</source>
        <translation>探针参数（JSON）</translation>
    </message>
    <message>
        <source>Choices (JSON)</source>
        <translation>选项（JSON）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>问题（英文）</translation>
    </message>
    <message>
        <source>Question (Chinese)</source>
        <translation>问题（中文）</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <source>Arguments (JSON)</source>
        <translation>参数（JSON）</translation>
    </message>
    <message>
        <source>Tolerance (numbers)</source>
        <translation>容差（数值题）</translation>
    </message>
    <message>
        <source>The arguments or choices are not valid JSON: {reason}</source>
        <translation>参数或选项不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>The step was not saved; the lab would be refused:
{problems}</source>
        <translation>步骤未保存：这样的实验会被拒绝：
{problems}</translation>
    </message>
    <message>
        <source>The step was not saved: {reason}</source>
        <translation>步骤未保存：{reason}</translation>
    </message>
    <message>
        <source>Add the step to a lab</source>
        <translation>把步骤加入实验</translation>
    </message>
    <message>
        <source>New lab</source>
        <translation>新建实验</translation>
    </message>
</context>
<context>
    <name>TapeRulesView</name>
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
        <source>Tape rules</source>
        <translation>tape 的规则</translation>
    </message>
</context>
<context>
    <name>TensorHeatmap</name>
    <message>
        <source>Heatmap of the values shown in the table; NaN and inf are red</source>
        <extracomment>Arrays with at most this many cells may get their values written on the heatmap. The smallest canvas, in pixels: its axes stay above the layout check&apos;s 120 × 80. Tick labels along an axis at most, so that they never run together.</extracomment>
        <translation>表格中数值的热力图；NaN 和 inf 显示为红色</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
</context>
<context>
    <name>TensorsActionWords</name>
    <message>
        <source>TensorFlow tensors (tf.constant, tf.ones, the result of any operation) are immutable: once made, their values cannot change.</source>
        <translation>TensorFlow 张量（tf.constant、tf.ones 以及任何运算的结果）是不可变的：一旦创建，它们的值就不能改变。</translation>
    </message>
    <message>
        <source>{code}: {name} has shape {shape}, the value has shape {value_shape}.</source>
        <translation>{code}：{name} 的形状是 {shape}，而值的形状是 {value_shape}。</translation>
    </message>
    <message>
        <source>A slice assign broadcasts the value to the slice&apos;s shape: the value may be a scalar or have a shape that stretches to it (sizes equal or 1, from the last axis), never more elements.</source>
        <translation>切片赋值会把值广播到切片的形状：值可以是标量，或者其形状能拉伸到切片的形状（从最后一个轴起，大小相等或为 1），但元素不能更多。</translation>
    </message>
    <message>
        <source>{code}: {name} is a constant; it was not changed.</source>
        <translation>{code}：{name} 是常量；它没有被修改。</translation>
    </message>
    <message>
        <source>{code}: {left} is {left_shape} and {right} is {right_shape}; {left_size} ≠ {right_size}.</source>
        <translation>{code}：{left} 的形状是 {left_shape}，{right} 的形状是 {right_shape}；{left_size} ≠ {right_size}。</translation>
    </message>
    <message>
        <source>tf.matmul(x, y) needs x&apos;s last axis to have the same size as y&apos;s second-to-last axis: (n, k) @ (k, m) → (n, m).</source>
        <translation>tf.matmul(x, y) 要求 x 最后一个轴的大小等于 y 倒数第二个轴的大小：(n, k) @ (k, m) → (n, m)。</translation>
    </message>
    <message>
        <source>Method {method} is unknown; expected assign, assign_add or assign_sub.</source>
        <translation>未知的方法 {method}；应为 assign、assign_add 或 assign_sub。</translation>
    </message>
    <message>
        <source>{method} changes the whole variable; a slice works with assign only.</source>
        <translation>{method} 会修改整个变量；切片只能与 assign 一起使用。</translation>
    </message>
    <message>
        <source>Empty the Slice field, or use assign, e.g. {name}[0:2, 0].assign(3.0).</source>
        <translation>清空“切片”一栏，或改用 assign，例如 {name}[0:2, 0].assign(3.0)。</translation>
    </message>
    <message>
        <source>{code}: the slice [{index}] selects no element of {name}, whose shape is {shape}.</source>
        <translation>{code}：切片 [{index}] 没有选中 {name}（形状为 {shape}）的任何元素。</translation>
    </message>
    <message>
        <source>A slice past the end of an axis is empty (as in NumPy), and TensorFlow assigns to it without a word.</source>
        <translation>超出某个轴末端的切片是空的（与 NumPy 相同），TensorFlow 对它赋值时不会给出任何提示。</translation>
    </message>
    <message>
        <source>Count from 0: each index must be below the size of its axis.</source>
        <translation>从 0 开始数：每个下标都必须小于对应轴的长度。</translation>
    </message>
    <message>
        <source>{code}: {name} is a constant, not a variable.</source>
        <translation>{code}：{name} 是常量，不是变量。</translation>
    </message>
    <message>
        <source>TensorFlow tensors (tf.constant, tf.ones, the result of any operation) are immutable: once made, their values cannot change. Only a tf.Variable has assign, assign_add and assign_sub.</source>
        <translation>TensorFlow 张量（tf.constant、tf.ones 以及任何运算的结果）是不可变的：一旦创建，它们的值就不能改变。只有 tf.Variable 才有 assign、assign_add 和 assign_sub。</translation>
    </message>
    <message>
        <source>Make a variable from it first: {name}_var = tf.Variable({name}), then {name}_var.{call}.</source>
        <translation>先用它创建一个变量：{name}_var = tf.Variable({name})，然后执行 {name}_var.{call}。</translation>
    </message>
    <message>
        <source>{code}: {name} is a NumPy {kind}, not a variable.</source>
        <translation>{code}：{name} 是 NumPy {kind}，不是变量。</translation>
    </message>
    <message>
        <source>assign belongs to tf.Variable. NumPy arrays change by item assignment.</source>
        <translation>assign 是 tf.Variable 的方法。NumPy 数组通过元素赋值来修改。</translation>
    </message>
    <message>
        <source>{name}[...] = value, or make a variable: v = tf.Variable({name}).</source>
        <translation>{name}[...] = value，或者创建一个变量：v = tf.Variable({name})。</translation>
    </message>
    <message>
        <source>assign replaces the whole variable, so the value must have exactly the variable&apos;s shape; a scalar is not broadcast.</source>
        <translation>assign 会替换整个变量，所以值的形状必须与变量完全相同；标量不会被广播。</translation>
    </message>
    <message>
        <source>Give a value of shape {shape}, e.g. {value} * tf.ones({shape}), or assign through a slice, which broadcasts: {name}[...].assign({value}).</source>
        <translation>给出形状为 {shape} 的值，例如 {value} * tf.ones({shape})；或者通过切片赋值（切片会广播）：{name}[...].assign({value})。</translation>
    </message>
    <message>
        <source>assign_add and assign_sub update the whole variable, so the value must have exactly the variable&apos;s shape; a scalar is not broadcast.</source>
        <translation>assign_add 和 assign_sub 会更新整个变量，所以值的形状必须与变量完全相同；标量不会被广播。</translation>
    </message>
    <message>
        <source>Give a value of shape {shape}, e.g. {value} * tf.ones({shape}).</source>
        <translation>给出形状为 {shape} 的值，例如 {value} * tf.ones({shape})。</translation>
    </message>
    <message>
        <source>The whole variable is replaced or updated, so the value must have exactly the variable&apos;s shape.</source>
        <translation>整个变量会被替换或更新，所以值的形状必须与变量的形状完全相同。</translation>
    </message>
    <message>
        <source>Give a value of shape {shape}, e.g. tf.ones({shape}) or nested lists of that shape.</source>
        <translation>请给出形状为 {shape} 的值，例如 tf.ones({shape}) 或该形状的嵌套列表。</translation>
    </message>
    <message>
        <source>{code}: the slice {name}[{index}] has shape {slice_shape}; the value has shape {value_shape}.</source>
        <translation>{code}：切片 {name}[{index}] 的形状是 {slice_shape}；值的形状是 {value_shape}。</translation>
    </message>
    <message>
        <source>Assign a scalar, or a value with the slice&apos;s shape {slice_shape}.</source>
        <translation>赋一个标量，或形状与切片相同（{slice_shape}）的值。</translation>
    </message>
    <message>
        <source>{code}: the value has shape {value_shape}, which does not fit the slice.</source>
        <translation>{code}：值的形状是 {value_shape}，与切片不匹配。</translation>
    </message>
    <message>
        <source>Assign a scalar, or a value with the slice&apos;s shape.</source>
        <translation>赋一个标量，或形状与切片相同的值。</translation>
    </message>
    <message>
        <source>{code}: {name} is {dtype} and the value {value} is not written as a whole number.</source>
        <translation>{code}：{name} 是 {dtype}，而值 {value} 不是以整数形式写的。</translation>
    </message>
    <message>
        <source>TensorFlow does not convert floats into an int variable, not even 2.0: int vs float must match.</source>
        <translation>TensorFlow 不会把浮点数转换后存入整数变量，即使是 2.0 也不行：整数与浮点数必须一致。</translation>
    </message>
    <message>
        <source>Type a whole number without a decimal point, or use a float variable: tf.Variable(tf.cast({name}, tf.float32)).</source>
        <translation>输入不带小数点的整数，或者改用浮点变量：tf.Variable(tf.cast({name}, tf.float32))。</translation>
    </message>
    <message>
        <source>{code}: {name} is {dtype}, the value is {value_dtype}.</source>
        <translation>{code}：{name} 是 {dtype}，而值是 {value_dtype}。</translation>
    </message>
    <message>
        <source>A variable keeps its dtype; TensorFlow does not convert tensors between dtypes silently.</source>
        <translation>变量会保持自己的 dtype；TensorFlow 不会悄悄地在 dtype 之间转换张量。</translation>
    </message>
    <message>
        <source>{code}: the index is outside {name}&apos;s shape {shape}.</source>
        <translation>{code}：索引超出了 {name} 的形状 {shape}。</translation>
    </message>
    <message>
        <source>Indices count from 0; an axis of size n has indices 0 … n-1 (or -n … -1).</source>
        <translation>索引从 0 开始；大小为 n 的轴，其索引为 0 … n-1（或 -n … -1）。</translation>
    </message>
    <message>
        <source>Use indices inside the shape.</source>
        <translation>请使用形状范围内的索引。</translation>
    </message>
    <message>
        <source>{code} failed.</source>
        <translation>{code} 失败。</translation>
    </message>
    <message>
        <source>TensorFlow refused the assignment; its message says why.</source>
        <translation>TensorFlow 拒绝了这次赋值；它的报错说明了原因。</translation>
    </message>
    <message>
        <source>Check the value&apos;s shape and dtype against {name}&apos;s {shape}, {dtype}.</source>
        <translation>对照 {name} 的 {shape}、{dtype}，检查值的形状和 dtype。</translation>
    </message>
    <message>
        <source>Element index {index} must be a tuple of whole numbers, one per axis.</source>
        <translation>元素索引 {index} 必须是整数元组，每个轴一个数。</translation>
    </message>
    <message>
        <source>Element index {index} has {count} numbers; the shape {shape} needs {rank}.</source>
        <translation>元素索引 {index} 有 {count} 个数；形状 {shape} 需要 {rank} 个。</translation>
    </message>
    <message>
        <source>Element index {index}: {item} is outside axis {axis} (size {size}).</source>
        <translation>元素索引 {index}：{item} 超出了轴 {axis}（大小 {size}）。</translation>
    </message>
    <message>
        <source>A cell holds one number; got {value} with shape {shape}.</source>
        <translation>一个单元格只能放一个数；收到的是形状为 {shape} 的 {value}。</translation>
    </message>
    <message>
        <source>Type a single number.</source>
        <translation>请输入单个数。</translation>
    </message>
    <message>
        <source>{code} was refused by NumPy.</source>
        <translation>NumPy 拒绝了 {code}。</translation>
    </message>
    <message>
        <source>{name} is {dtype}; the value does not fit in it.</source>
        <translation>{name} 是 {dtype}；这个值放不进去。</translation>
    </message>
    <message>
        <source>Type a value that fits the dtype, or convert the array with .astype().</source>
        <translation>输入符合该 dtype 的值，或用 .astype() 转换数组。</translation>
    </message>
    <message>
        <source>Make a variable, v = tf.Variable({name}); v[{index}].assign({value}) — or build a new tensor: {name}2 = tf.tensor_scatter_nd_update({name}, [{index_list}], [{value}]).</source>
        <translation>创建一个变量：v = tf.Variable({name}); v[{index}].assign({value})——或者构造一个新张量：{name}2 = tf.tensor_scatter_nd_update({name}, [{index_list}], [{value}])。</translation>
    </message>
    <message>
        <source>Make a variable, v = tf.Variable({name}); v.assign({value}) — or a new constant: {name}2 = tf.constant({value}, dtype={name}.dtype).</source>
        <translation>创建一个变量：v = tf.Variable({name}); v.assign({value})——或者创建一个新常量：{name}2 = tf.constant({value}, dtype={name}.dtype)。</translation>
    </message>
    <message>
        <source>{code}: {name} is a NumPy scalar; it was not changed.</source>
        <translation>{code}：{name} 是 NumPy 标量；它没有被修改。</translation>
    </message>
    <message>
        <source>A NumPy scalar is an immutable number, not an array.</source>
        <translation>NumPy 标量是一个不可变的数，不是数组。</translation>
    </message>
    <message>
        <source>Make an array: {name}_array = np.array({name}).</source>
        <translation>创建一个数组：{name}_array = np.array({name})。</translation>
    </message>
    <message>
        <source>Operation {op} is unknown; expected one of {known}.</source>
        <translation>未知的运算 {op}；应为以下之一：{known}。</translation>
    </message>
    <message>
        <source>{label} needs two operands, x and y.</source>
        <translation>{label} 需要两个操作数：x 和 y。</translation>
    </message>
    <message>
        <source>tf.reshape needs a shape, e.g. (4, 1) or (-1,).</source>
        <translation>tf.reshape 需要一个形状，例如 (4, 1) 或 (-1,)。</translation>
    </message>
    <message>
        <source>tf.cast needs a dtype, one of {known}; got {dtype}.</source>
        <translation>tf.cast 需要一个 dtype，应为以下之一：{known}；收到的是 {dtype}。</translation>
    </message>
    <message>
        <source>{label}: at least one operand must be a workspace entry (its name); got {left} and {right}.</source>
        <translation>{label}：至少要有一个操作数是工作区中的条目（填它的名称）；收到的是 {left} 和 {right}。</translation>
    </message>
    <message>
        <source>With two plain numbers or lists, Python computes without TensorFlow (and + joins two lists).</source>
        <translation>如果两个都是普通的数或列表，Python 会绕过 TensorFlow 自己计算（而 + 会把两个列表拼接起来）。</translation>
    </message>
    <message>
        <source>Create a tensor first.</source>
        <translation>请先创建一个张量。</translation>
    </message>
    <message>
        <source>{code}: the result would have shape {shape}, {count} elements; at most {limit} are accepted.</source>
        <translation>{code}：结果的形状将是 {shape}，共 {count} 个元素；最多只接受 {limit} 个。</translation>
    </message>
    <message>
        <source>Use smaller operands.</source>
        <translation>请使用更小的操作数。</translation>
    </message>
    <message>
        <source>{code}: {left} is {left_dtype} and {right} is {right_dtype}.</source>
        <translation>{code}：{left} 是 {left_dtype}，而 {right} 是 {right_dtype}。</translation>
    </message>
    <message>
        <source>TensorFlow never converts dtypes silently; both operands of {label} must have the same dtype. float32 is TensorFlow&apos;s default, float64 NumPy&apos;s.</source>
        <translation>TensorFlow 从不悄悄地转换 dtype；{label} 的两个操作数必须具有相同的 dtype。float32 是 TensorFlow 的默认类型，float64 是 NumPy 的默认类型。</translation>
    </message>
    <message>
        <source>{fixed}   (or make {casted} first with the cast operation).</source>
        <translation>{fixed}   （或者先用 cast 运算得到 {casted}）。</translation>
    </message>
    <message>
        <source>{code}: the number {number} does not fit {entry}&apos;s dtype {dtype}.</source>
        <translation>{code}：数 {number} 不符合 {entry} 的 dtype {dtype}。</translation>
    </message>
    <message>
        <source>TensorFlow converts a Python number to the tensor&apos;s dtype, and refuses when that would drop a fraction ({dtype} holds whole numbers).</source>
        <translation>TensorFlow 会把 Python 数转换成张量的 dtype；如果转换会丢掉小数部分就会拒绝（{dtype} 只能存整数）。</translation>
    </message>
    <message>
        <source>Type a whole number, or cast first: tf.cast({entry}, tf.float32).</source>
        <translation>输入一个整数，或者先转换类型：tf.cast({entry}, tf.float32)。</translation>
    </message>
    <message>
        <source>{code}: shapes {left_shape} and {right_shape} do not broadcast.</source>
        <translation>{code}：形状 {left_shape} 和 {right_shape} 无法广播。</translation>
    </message>
    <message>
        <source>Broadcasting compares sizes from the last axis: each pair must be equal, or one of them 1 (or missing).</source>
        <translation>广播从最后一个轴开始比较大小：每一对必须相等，或者其中一个为 1（或缺失）。</translation>
    </message>
    <message>
        <source>Reshape one operand so its sizes line up, e.g. tf.reshape({right}, {reshaped}), or pick operands of the same shape.</source>
        <translation>改变其中一个操作数的形状，使大小对齐，例如 tf.reshape({right}, {reshaped})；或者选择形状相同的操作数。</translation>
    </message>
    <message>
        <source>{code}: {name} has shape {shape}; tf.matmul needs matrices (rank 2 or more).</source>
        <translation>{code}：{name} 的形状是 {shape}；tf.matmul 需要矩阵（2 阶或以上）。</translation>
    </message>
    <message>
        <source>A matrix product pairs rows with columns, so both operands need two axes.</source>
        <translation>矩阵乘积把行与列配对相乘，所以两个操作数都需要两个轴。</translation>
    </message>
    <message>
        <source>Reshape it first: tf.reshape({name}, (1, -1)) for a row or tf.reshape({name}, (-1, 1)) for a column.</source>
        <translation>先改变它的形状：tf.reshape({name}, (1, -1)) 得到一行，tf.reshape({name}, (-1, 1)) 得到一列。</translation>
    </message>
    <message>
        <source>Pick operands whose inner sizes match, or reshape one of them; use * for an element-wise product.</source>
        <translation>选择内侧大小相同的操作数，或改变其中一个的形状；逐元素乘积请用 *。</translation>
    </message>
    <message>
        <source>Transpose {transposed}: {fixed}, or use * for an element-wise product.</source>
        <translation>转置 {transposed}：{fixed}；逐元素乘积请用 *。</translation>
    </message>
    <message>
        <source>{code}: {label} does not accept {dtype} values.</source>
        <translation>{code}：{label} 不接受 {dtype} 的值。</translation>
    </message>
    <message>
        <source>Each TensorFlow op works on a fixed set of dtypes; {dtype} is not one of {label}&apos;s.</source>
        <translation>每个 TensorFlow 运算只支持固定的几种 dtype；{dtype} 不在 {label} 支持的范围内。</translation>
    </message>
    <message>
        <source>Cast first: tf.cast({name}, tf.float32).</source>
        <translation>先转换类型：tf.cast({name}, tf.float32)。</translation>
    </message>
    <message>
        <source>{code}: {name} has {count} elements.</source>
        <translation>{code}：{name} 有 {count} 个元素。</translation>
    </message>
    <message>
        <source>tf.reshape keeps every element, so the new sizes must multiply to the same number.</source>
        <translation>tf.reshape 会保留每一个元素，所以新形状各维大小的乘积必须等于原来的元素个数。</translation>
    </message>
    <message>
        <source>Pick sizes whose product is the element count, or put -1 for one axis.</source>
        <translation>选择乘积等于元素个数的大小，或者让其中一个轴为 -1。</translation>
    </message>
    <message>
        <source>{code}: {name} has rank {rank}, so axis must be between {low} and {high}.</source>
        <translation>{code}：{name} 是 {rank} 阶的，所以 axis 必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>An axis numbers a dimension of the shape, from 0.</source>
        <translation>axis 是形状中维度的编号，从 0 开始。</translation>
    </message>
    <message>
        <source>Pick an axis in that range, or leave it empty to reduce over all elements.</source>
        <translation>在这个范围内选择一个轴，或者留空以对所有元素归约。</translation>
    </message>
    <message>
        <source>{code}: {name} is a variable.</source>
        <translation>{code}：{name} 是变量。</translation>
    </message>
    <message>
        <source>An in-place operator on a variable would silently replace it by a new tensor, so TensorFlow forbids it.</source>
        <translation>对变量使用原地运算符会悄悄地用一个新张量替换它，所以 TensorFlow 禁止这样做。</translation>
    </message>
    <message>
        <source>{name}.assign({name} {op} {right}) changes the variable; or pick a new result name.</source>
        <translation>{name}.assign({name} {op} {right}) 可以修改变量；或者为结果换一个新名称。</translation>
    </message>
    <message>
        <source>{code}: NumPy cannot store the result in {name} ({dtype}) in place.</source>
        <translation>{code}：NumPy 无法把结果原地存入 {name}（{dtype}）。</translation>
    </message>
    <message>
        <source>An in-place NumPy operator keeps the array&apos;s dtype and refuses a result that does not fit it.</source>
        <translation>NumPy 的原地运算符会保持数组的 dtype，放不进去的结果会被拒绝。</translation>
    </message>
    <message>
        <source>Pick a new result name ({name} {op} {right} makes a new array).</source>
        <translation>为结果换一个新名称（{name} {op} {right} 会生成一个新数组）。</translation>
    </message>
    <message>
        <source>{code} failed on {names}.</source>
        <translation>{code} 在 {names} 上失败。</translation>
    </message>
    <message>
        <source>TensorFlow refused the operation; its message says why.</source>
        <translation>TensorFlow 拒绝了这个运算；它的报错说明了原因。</translation>
    </message>
    <message>
        <source>Check the operands&apos; shapes and dtypes.</source>
        <translation>请检查操作数的形状和 dtype。</translation>
    </message>
    <message>
        <source>Conversion {conversion} is unknown; expected one of {known}.</source>
        <translation>未知的转换 {conversion}；应为以下之一：{known}。</translation>
    </message>
    <message>
        <source>{code}: {name} is a {kind}, which has no .numpy() method.</source>
        <translation>{code}：{name} 是 {kind}，没有 .numpy() 方法。</translation>
    </message>
    <message>
        <source>.numpy() turns a TensorFlow tensor or variable into a NumPy array; {name} already is NumPy.</source>
        <translation>.numpy() 把 TensorFlow 张量或变量转成 NumPy 数组；{name} 本来就是 NumPy。</translation>
    </message>
    <message>
        <source>Use {name} directly, or make a tensor: tf.constant({name}).</source>
        <translation>直接使用 {name}，或者创建一个张量：tf.constant({name})。</translation>
    </message>
    <message>
        <source>TensorFlow could not convert this value.</source>
        <translation>TensorFlow 无法转换这个值。</translation>
    </message>
    <message>
        <source>Check the entry&apos;s dtype.</source>
        <translation>请检查该条目的 dtype。</translation>
    </message>
    <message>
        <source>{code} returned a {type}, which the workspace cannot hold.</source>
        <translation>{code} 返回了 {type}，工作区无法保存它。</translation>
    </message>
</context>
<context>
    <name>TensorsDescriptions</name>
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
</context>
<context>
    <name>TensorsInputWords</name>
    <message>
        <source>Type a number such as 3.0, or nested lists such as [[1, 2], [3, 4]].</source>
        <translation>请输入一个数，例如 3.0，或嵌套列表，例如 [[1, 2], [3, 4]]。</translation>
    </message>
    <message>
        <source>Use whole numbers and slices separated by commas, e.g. 0:2, 0 or 1, : or ::2.</source>
        <translation>请使用以逗号分隔的整数和切片，例如 0:2, 0 或 1, : 或 ::2。</translation>
    </message>
    <message>
        <source>Type whole numbers ≥ 0, e.g. (2, 3), 3 or () for a scalar.</source>
        <translation>请输入 ≥ 0 的整数，例如 (2, 3)、3，标量用 ()。</translation>
    </message>
    <message>
        <source>Type a whole number such as 0 or -1, a tuple such as (0, 1), or leave it empty for all axes.</source>
        <translation>请输入一个整数，例如 0 或 -1，或一个元组，例如 (0, 1)；留空表示所有轴。</translation>
    </message>
    <message>
        <source>Make the value smaller.</source>
        <translation>请把值改小一些。</translation>
    </message>
    <message>
        <source>{field}: expected text, got {type}.</source>
        <translation>{field}：应为文本，收到的是 {type}。</translation>
    </message>
    <message>
        <source>{field}: the text is {length} characters long; at most {limit} are accepted.</source>
        <translation>{field}：文本长 {length} 个字符；最多只接受 {limit} 个。</translation>
    </message>
    <message>
        <source>{field}: the text contains a null character.</source>
        <translation>{field}：文本中含有空字符。</translation>
    </message>
    <message>
        <source>Retype it.</source>
        <translation>请重新输入。</translation>
    </message>
    <message>
        <source>{field}: nothing was typed.</source>
        <translation>{field}：什么也没有输入。</translation>
    </message>
    <message>
        <source>{field}: could not read {text} as a number or a list of numbers.</source>
        <translation>{field}：无法把 {text} 读成一个数或数的列表。</translation>
    </message>
    <message>
        <source>{field}: {text} opens {opened} “{opening}” but closes {closed} “{closing}”.</source>
        <translation>{field}：{text} 有 {opened} 个“{opening}”，却有 {closed} 个“{closing}”。</translation>
    </message>
    <message>
        <source>Close every “{opening}” with a “{closing}”, e.g. [[1, 2], [3, 4]].</source>
        <translation>每个“{opening}”都要有对应的“{closing}”，例如 [[1, 2], [3, 4]]。</translation>
    </message>
    <message>
        <source>{field}: the lists are nested more than {limit} deep.</source>
        <translation>{field}：列表嵌套超过了 {limit} 层。</translation>
    </message>
    <message>
        <source>The lab handles tensors of rank {limit} or less.</source>
        <translation>本实验只处理 {limit} 阶及以下的张量。</translation>
    </message>
    <message>
        <source>{field}: {number} does not fit in 64 bits (int64 holds about ±9.2e18).</source>
        <translation>{field}：{number} 超出了 64 位的范围（int64 大约能表示 ±9.2e18）。</translation>
    </message>
    <message>
        <source>Type a smaller number, or a float such as 1e20.</source>
        <translation>请输入更小的数，或者浮点数，例如 1e20。</translation>
    </message>
    <message>
        <source>{field}: {number} is not a finite number.</source>
        <translation>{field}：{number} 不是有限数。</translation>
    </message>
    <message>
        <source>Type a finite number (NaN or infinity can be made by an operation, e.g. tf.sqrt(-1.0)).</source>
        <translation>请输入有限数（NaN 或无穷大可以由运算得到，例如 tf.sqrt(-1.0)）。</translation>
    </message>
    <message>
        <source>{field}: complex numbers such as {number} are not supported here.</source>
        <translation>{field}：这里不支持 {number} 这样的复数。</translation>
    </message>
    <message>
        <source>Type real numbers.</source>
        <translation>请输入实数。</translation>
    </message>
    <message>
        <source>{field}: {type} values such as {text} are not numbers.</source>
        <translation>{field}：像 {text} 这样的 {type} 值不是数。</translation>
    </message>
    <message>
        <source>{field}: the rows have different lengths or depths, e.g. [[1, 2], [3]].</source>
        <translation>{field}：各行的长度或深度不同，例如 [[1, 2], [3]]。</translation>
    </message>
    <message>
        <source>A tensor is a rectangular block.</source>
        <translation>张量是一个规整的矩形块。</translation>
    </message>
    <message>
        <source>Give every row the same number of items.</source>
        <translation>让每一行的元素个数都相同。</translation>
    </message>
    <message>
        <source>{field}: {count} elements; at most {limit} are accepted.</source>
        <translation>{field}：共 {count} 个元素；最多只接受 {limit} 个。</translation>
    </message>
    <message>
        <source>{field}: {text} calls something the lab does not run.</source>
        <translation>{field}：{text} 调用了本实验室不会运行的东西。</translation>
    </message>
    <message>
        <source>Typed text is read, never run; only these calls are understood: {known}.</source>
        <translation>输入的文字只会被读取，从不运行；只认得这些调用：{known}。</translation>
    </message>
    <message>
        <source>{field}: in {text}, the argument {argument} cannot be read.</source>
        <translation>{field}：在 {text} 中，参数 {argument} 无法读取。</translation>
    </message>
    <message>
        <source>Arguments are numbers, tuples or lists, and dtype=tf.float32 (or another dtype); for example tf.ones((3, 1)) or tf.random.normal(shape=(3, 1), mean=0., stddev=1.).</source>
        <translation>参数可以是数字、元组或列表，以及 dtype=tf.float32（或其他 dtype）；例如 tf.ones((3, 1)) 或 tf.random.normal(shape=(3, 1), mean=0., stddev=1.)。</translation>
    </message>
    <message>
        <source>{field}: a number is outside the range of {dtype} ({low} to {high}).</source>
        <translation>{field}：有一个数超出了 {dtype} 的范围（{low} 到 {high}）。</translation>
    </message>
    <message>
        <source>TensorFlow would store it as inf, or wrap it to another number, without an error.</source>
        <translation>TensorFlow 会把它存成 inf，或者回绕成另一个数，而且不报错。</translation>
    </message>
    <message>
        <source>Type a smaller number, or pick a wider dtype (float64, int64).</source>
        <translation>请输入更小的数，或者选择范围更大的 dtype（float64、int64）。</translation>
    </message>
    <message>
        <source>Slice: nothing was typed.</source>
        <translation>切片：什么也没有输入。</translation>
    </message>
    <message>
        <source>Slice {text} could not be read.</source>
        <translation>无法读取切片 {text}。</translation>
    </message>
    <message>
        <source>Slice {text}: only whole numbers may appear in a slice.</source>
        <translation>切片 {text}：切片中只能出现整数。</translation>
    </message>
    <message>
        <source>Slice {text}: {number} is too large for an index.</source>
        <translation>切片 {text}：{number} 作为索引太大了。</translation>
    </message>
    <message>
        <source>Slice {text}: more than {limit} axes.</source>
        <translation>切片 {text}：超过了 {limit} 个轴。</translation>
    </message>
    <message>
        <source>Slice {text}: a slice step cannot be zero.</source>
        <translation>切片 {text}：切片的步长不能为零。</translation>
    </message>
    <message>
        <source>Use 1 (every item) or 2 (every other item).</source>
        <translation>请用 1（每一项）或 2（每隔一项）。</translation>
    </message>
    <message>
        <source>Slice {text}: &apos;...&apos; may appear only once.</source>
        <translation>切片 {text}：&apos;...&apos; 只能出现一次。</translation>
    </message>
    <message>
        <source>Shape: nothing was typed.</source>
        <translation>形状：什么也没有输入。</translation>
    </message>
    <message>
        <source>Shape {text} could not be read.</source>
        <translation>无法读取形状 {text}。</translation>
    </message>
    <message>
        <source>Shape {text} is not a list of sizes.</source>
        <translation>形状 {text} 不是由各轴大小组成的列表。</translation>
    </message>
    <message>
        <source>Shape {shape} has rank {rank}; the lab handles rank ≤ {limit}.</source>
        <translation>形状 {shape} 是 {rank} 阶的；本实验只处理 ≤ {limit} 阶。</translation>
    </message>
    <message>
        <source>Shape {shape}: {item} is not a whole number.</source>
        <translation>形状 {shape}：{item} 不是整数。</translation>
    </message>
    <message>
        <source>Shape {shape}: sizes cannot be negative.</source>
        <translation>形状 {shape}：大小不能为负数。</translation>
    </message>
    <message>
        <source>Shape {shape}: sizes cannot be negative; only one -1, for &apos;work it out&apos;, is allowed.</source>
        <translation>形状 {shape}：大小不能为负数；只允许一个表示“自动推算”的 -1。</translation>
    </message>
    <message>
        <source>Shape {shape}: an axis of size {size} is longer than the {limit} elements a tensor of the lab may hold.</source>
        <translation>形状 {shape}：大小为 {size} 的轴超过了本实验中张量最多能容纳的 {limit} 个元素。</translation>
    </message>
    <message>
        <source>Use smaller sizes.</source>
        <translation>请使用更小的大小。</translation>
    </message>
    <message>
        <source>Shape {shape}: only one axis may be -1.</source>
        <translation>形状 {shape}：只能有一个轴为 -1。</translation>
    </message>
    <message>
        <source>Shape {shape} holds {count} elements; at most {limit} are accepted, to keep the lab responsive.</source>
        <translation>形状 {shape} 包含 {count} 个元素；为了保持实验流畅，最多只接受 {limit} 个。</translation>
    </message>
    <message>
        <source>Use a smaller shape.</source>
        <translation>请使用更小的形状。</translation>
    </message>
    <message>
        <source>Axis {text} could not be read.</source>
        <translation>无法读取 axis {text}。</translation>
    </message>
    <message>
        <source>Axis {text} is not a small whole number or a tuple of them.</source>
        <translation>axis {text} 不是较小的整数，也不是由这样的整数组成的元组。</translation>
    </message>
    <message>
        <source>Name: nothing was typed.</source>
        <translation>名称：什么也没有输入。</translation>
    </message>
    <message>
        <source>Type a Python name such as a, v or weights.</source>
        <translation>请输入一个 Python 名称，例如 a、v 或 weights。</translation>
    </message>
    <message>
        <source>Name {start}…: at most {limit} characters.</source>
        <translation>名称 {start}…：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Name {name} is not a Python name.</source>
        <translation>名称 {name} 不是合法的 Python 名称。</translation>
    </message>
    <message>
        <source>Use letters, digits and _, not starting with a digit, e.g. my_tensor.</source>
        <translation>请使用字母、数字和 _，且不能以数字开头，例如 my_tensor。</translation>
    </message>
    <message>
        <source>Name {name} is a Python keyword.</source>
        <translation>名称 {name} 是 Python 关键字。</translation>
    </message>
    <message>
        <source>Pick another, e.g. {name}_.</source>
        <translation>请换一个，例如 {name}_。</translation>
    </message>
    <message>
        <source>Name {name} would hide what the code uses (import tensorflow as tf, import numpy as np, print).</source>
        <translation>名称 {name} 会遮盖代码要用到的名字（import tensorflow as tf、import numpy as np、print）。</translation>
    </message>
    <message>
        <source>Pick another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>The name {name} is already taken.</source>
        <translation>名称 {name} 已被占用。</translation>
    </message>
    <message>
        <source>Pick another name, or delete or rename the existing {name} first. (An operation may reuse one of its inputs&apos; names, as in e *= d.)</source>
        <translation>请换一个名称，或者先删除或重命名已有的 {name}。（运算可以沿用某个输入的名称，例如 e *= d。）</translation>
    </message>
    <message>
        <source>{name} already has that name.</source>
        <translation>{name} 已经是这个名称了。</translation>
    </message>
    <message>
        <source>Type a different one.</source>
        <translation>请输入一个不同的名称。</translation>
    </message>
    <message>
        <source>The name {name} appears twice.</source>
        <translation>名称 {name} 出现了两次。</translation>
    </message>
    <message>
        <source>There is no entry named {name}.</source>
        <translation>没有名为 {name} 的条目。</translation>
    </message>
    <message>
        <source>Pick one of the entries: {known}.</source>
        <translation>请从这些条目中选择一个：{known}。</translation>
    </message>
    <message>
        <source>{field} must be a number; got {text}.</source>
        <translation>{field} 必须是数；收到的是 {text}。</translation>
    </message>
    <message>
        <source>{field} must be finite; got {number}.</source>
        <translation>{field}必须是有限数；收到的是 {number}。</translation>
    </message>
    <message>
        <source>{field}: nothing was given.</source>
        <translation>{field}：什么也没有给出。</translation>
    </message>
    <message>
        <source>Type an entry name or a number.</source>
        <translation>请输入条目名称或一个数。</translation>
    </message>
    <message>
        <source>Or type the name of an entry ({known}).</source>
        <translation>或者输入某个条目的名称（{known}）。</translation>
    </message>
    <message>
        <source>The workspace holds {limit} entries, the most it can.</source>
        <translation>工作区已有 {limit} 个条目，达到上限。</translation>
    </message>
    <message>
        <source>Delete entries you no longer need, or Clear all.</source>
        <translation>请删除不再需要的条目，或者全部清除。</translation>
    </message>
    <message>
        <source>{name} is a {type}, which the workspace cannot hold.</source>
        <translation>{name} 是 {type}，工作区无法保存它。</translation>
    </message>
    <message>
        <source>Source {source} is unknown; expected one of {known}.</source>
        <translation>未知的来源 {source}；应为以下之一：{known}。</translation>
    </message>
    <message>
        <source>Dtype {dtype} is not offered; pick one of {known}.</source>
        <translation>不提供 dtype {dtype}；请从以下选择：{known}。</translation>
    </message>
    <message>
        <source>{source} needs a value, e.g. [[1, 2], [3, 4]].</source>
        <translation>{source} 需要一个值，例如 [[1, 2], [3, 4]]。</translation>
    </message>
    <message>
        <source>{source} needs a shape, e.g. (2, 3).</source>
        <translation>{source} 需要一个形状，例如 (2, 3)。</translation>
    </message>
    <message>
        <source>Seed {seed} is not a whole number.</source>
        <translation>种子 {seed} 不是整数。</translation>
    </message>
    <message>
        <source>Type e.g. 42, or leave it at none for a new draw each time.</source>
        <translation>请输入例如 42，或保持“无”，每次重新抽取。</translation>
    </message>
    <message>
        <source>Seed {seed} is out of range.</source>
        <translation>种子 {seed} 超出了范围。</translation>
    </message>
    <message>
        <source>Use 0 to {limit}.</source>
        <translation>请使用 0 到 {limit}。</translation>
    </message>
    <message>
        <source>stddev is {stddev}; a standard deviation cannot be negative.</source>
        <translation>stddev 为 {stddev}；标准差不能为负数。</translation>
    </message>
    <message>
        <source>Use 1.0 for the standard normal distribution.</source>
        <translation>标准正态分布请用 1.0。</translation>
    </message>
    <message>
        <source>{source} draws floating-point numbers; dtype {dtype} is not possible.</source>
        <translation>{source} 抽取的是浮点数；不能使用 dtype {dtype}。</translation>
    </message>
    <message>
        <source>Pick float32, float64 or float16, and cast afterwards if you need another dtype.</source>
        <translation>请选择 float32、float64 或 float16；如果需要其他 dtype，之后再转换。</translation>
    </message>
    <message>
        <source>minval ({minval}) must be smaller than maxval ({maxval}).</source>
        <translation>minval（{minval}）必须小于 maxval（{maxval}）。</translation>
    </message>
    <message>
        <source>Values are drawn from [minval, maxval).</source>
        <translation>值从 [minval, maxval) 中抽取。</translation>
    </message>
    <message>
        <source>{source} cannot draw {dtype} values.</source>
        <translation>{source} 无法抽取 {dtype} 的值。</translation>
    </message>
    <message>
        <source>Pick a float or int dtype.</source>
        <translation>请选择浮点或整数 dtype。</translation>
    </message>
    <message>
        <source>{source} draws floats.</source>
        <translation>{source} 抽取的是浮点数。</translation>
    </message>
    <message>
        <source>Pick a float dtype (NumPy&apos;s integers() draws whole numbers).</source>
        <translation>请选择浮点 dtype（NumPy 的 integers() 才抽取整数）。</translation>
    </message>
    <message>
        <source>With dtype {dtype}, minval and maxval must be whole numbers; got {minval} and {maxval}.</source>
        <translation>dtype 为 {dtype} 时，minval 和 maxval 必须是整数；收到的是 {minval} 和 {maxval}。</translation>
    </message>
    <message>
        <source>Type e.g. 0 and 10.</source>
        <translation>请输入例如 0 和 10。</translation>
    </message>
    <message>
        <source>{code} could not make a {dtype} tensor from {value}.</source>
        <translation>{code} 无法用 {value} 创建 {dtype} 张量。</translation>
    </message>
    <message>
        <source>TensorFlow does not drop fractions silently: a {dtype} tensor accepts whole numbers only, written without a decimal point.</source>
        <translation>TensorFlow 不会悄悄地丢掉小数部分：{dtype} 张量只接受不带小数点的整数。</translation>
    </message>
    <message>
        <source>Pick a float dtype, or type whole numbers (2, not 2.0 or 2.5).</source>
        <translation>请选择浮点 dtype，或输入整数（写 2，而不是 2.0 或 2.5）。</translation>
    </message>
    <message>
        <source>{code} could not make a tensor.</source>
        <translation>{code} 无法创建张量。</translation>
    </message>
    <message>
        <source>A tensor has one dtype; True/False and numbers cannot be mixed.</source>
        <translation>一个张量只有一种 dtype；True/False 不能与数混在一起。</translation>
    </message>
    <message>
        <source>Use only numbers, or only True/False.</source>
        <translation>请只用数，或只用 True/False。</translation>
    </message>
    <message>
        <source>{code} failed.</source>
        <translation>{code} 失败。</translation>
    </message>
    <message>
        <source>TensorFlow refused these arguments; its message says which.</source>
        <translation>TensorFlow 拒绝了这些参数；它的报错说明了是哪一个。</translation>
    </message>
    <message>
        <source>Check the shape, dtype and values.</source>
        <translation>请检查形状、dtype 和值。</translation>
    </message>
</context>
<context>
    <name>TensorsPanel</name>
    <message>
        <source>Loading TensorFlow… Creating tensors works once it is ready.</source>
        <extracomment>The width of the column of forms, in pixels. The notebook&apos;s &quot;operations&quot; cells (Chollet, ch. 3), replayed by ``prepare_screenshot``.</extracomment>
        <translation>正在加载 TensorFlow… 加载完成后即可创建张量。</translation>
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
        <source>The workspace is empty; the code starts afresh.</source>
        <translation>工作区已清空；代码从头开始。</translation>
    </message>
    <message>
        <source>The Tensors panel&apos;s &apos;cells&apos; is a list of code (strings).</source>
        <translation>张量面板的 &apos;cells&apos; 应是由代码（字符串）组成的列表。</translation>
    </message>
    <message>
        <source>The Tensors panel&apos;s &apos;selected&apos; is a name or null.</source>
        <translation>张量面板的 &apos;selected&apos; 应是一个名称或 null。</translation>
    </message>
</context>
<context>
    <name>TensorsResultWords</name>
    <message>
        <source>{code}: {kind}, shape {shape}, {dtype}</source>
        <translation>{code}：{kind}，形状 {shape}，{dtype}</translation>
    </message>
    <message>
        <source>{code}: {shapes} → {shape}, {dtype}, {kind}</source>
        <translation>{code}：{shapes} → {shape}，{dtype}，{kind}</translation>
    </message>
    <message>
        <source>{code}: {kind} → {new_kind}, shape {shape}, {dtype}</source>
        <translation>{code}：{kind} → {new_kind}，形状 {shape}，{dtype}</translation>
    </message>
    <message>
        <source>{code}: {name} is gone.</source>
        <translation>{code}：{name} 已删除。</translation>
    </message>
    <message>
        <source>{name} is now called {new_name}.</source>
        <translation>{name} 现在叫作 {new_name}。</translation>
    </message>
    <message>
        <source>Broadcasting: {left_shape} and {right_shape} → {shape}. Shapes are compared from the last axis; an axis of size 1, or a missing one, is stretched to match.</source>
        <translation>广播：{left_shape} 和 {right_shape} → {shape}。形状从最后一个轴开始比较；大小为 1 或缺失的轴会被拉伸以匹配。</translation>
    </message>
    <message>
        <source>No seed: the code draws new random numbers each time it runs. Give a seed to get the same numbers every time.</source>
        <translation>没有种子：代码每次运行都会抽取新的随机数。设置种子即可每次得到相同的数。</translation>
    </message>
    <message>
        <source>tf.sqrt of a negative number gives NaN (not a number), without an error: {count} of {total} values are NaN. Check for negatives first, e.g. tf.reduce_min({name}), or use tf.abs.</source>
        <translation>对负数求 tf.sqrt 会得到 NaN（非数），而且不报错：{total} 个值中有 {count} 个是 NaN。请先检查有没有负数，例如 tf.reduce_min({name})，或者使用 tf.abs。</translation>
    </message>
    <message>
        <source>tf.math.log of a negative number gives NaN, without an error: {count} of {total} values are NaN.</source>
        <translation>对负数求 tf.math.log 会得到 NaN，而且不报错：{total} 个值中有 {count} 个是 NaN。</translation>
    </message>
    <message>
        <source>{count} of {total} values are NaN (not a number); TensorFlow raised no error.</source>
        <translation>{total} 个值中有 {count} 个是 NaN（非数）；TensorFlow 没有报错。</translation>
    </message>
    <message>
        <source>{count} of {total} values are infinite; TensorFlow raised no error.</source>
        <translation>{total} 个值中有 {count} 个是无穷大；TensorFlow 没有报错。</translation>
    </message>
    <message>
        <source>{count} of {total} values are infinite (tf.math.log(0) is -inf); TensorFlow raised no error.</source>
        <translation>{total} 个值中有 {count} 个是无穷大（tf.math.log(0) 为 -inf）；TensorFlow 没有报错。</translation>
    </message>
    <message>
        <source>{count} of {total} values are infinite (division by zero); TensorFlow raised no error.</source>
        <translation>{total} 个值中有 {count} 个是无穷大（除以零）；TensorFlow 没有报错。</translation>
    </message>
    <message>
        <source>{count} of {total} values are infinite (the result is too large for the dtype); TensorFlow raised no error.</source>
        <translation>{total} 个值中有 {count} 个是无穷大（结果超出了该 dtype 的范围）；TensorFlow 没有报错。</translation>
    </message>
    <message>
        <source>/ on int tensors is true division: the result is {dtype}. Use tf.math.floordiv (//) for whole numbers.</source>
        <translation>对整数张量使用 / 是真除法：结果是 {dtype}。要得到整数请用 tf.math.floordiv（//）。</translation>
    </message>
    <message>
        <source>The NumPy array {name} ({dtype}) was converted to {result_dtype} silently to match the tensor. A {dtype} tensor would have raised a dtype error instead.</source>
        <translation>NumPy 数组 {name}（{dtype}）被悄悄地转换成了 {result_dtype}，以匹配张量。如果是 {dtype} 张量，则会报 dtype 错误。</translation>
    </message>
    <message>
        <source>The result is a NumPy array, not a tensor.</source>
        <translation>结果是 NumPy 数组，不是张量。</translation>
    </message>
    <message>
        <source>NumPy stored {stored} because {name} is {dtype}: it converted {value} silently. TensorFlow would refuse instead.</source>
        <translation>NumPy 存入的是 {stored}，因为 {name} 是 {dtype}：它悄悄地转换了 {value}。TensorFlow 则会拒绝。</translation>
    </message>
    <message>
        <source>np.add returned a NumPy {type}, not a tensor: NumPy functions turn tensors into arrays. type({result}) is numpy.{type}.</source>
        <translation>np.add 返回的是 NumPy {type}，不是张量：NumPy 函数会把张量变成数组。type({result}) 是 numpy.{type}。</translation>
    </message>
    <message>
        <source>tf.multiply returned a tensor, and it kept NumPy&apos;s dtype {dtype}; TensorFlow&apos;s own default is float32.</source>
        <translation>tf.multiply 返回了张量，并保留了 NumPy 的 dtype {dtype}；TensorFlow 自己的默认类型是 float32。</translation>
    </message>
    <message>
        <source>{result} is a copy: changing it does not change {source}.</source>
        <translation>{result} 是副本：修改它不会改变 {source}。</translation>
    </message>
</context>
<context>
    <name>TensorsWords</name>
    <message>
        <source>TensorFlow says: {error}</source>
        <translation>TensorFlow 的报错：{error}</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>原因：{why}</translation>
    </message>
    <message>
        <source>How to fix it: {fix}</source>
        <translation>解决办法：{fix}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何修改。</translation>
    </message>
    <message>
        <source>⚠ {warning}</source>
        <translation>⚠ {warning}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>host (NumPy)</source>
        <translation>主机（NumPy）</translation>
    </message>
    <message>
        <source>constant</source>
        <extracomment>What each kind of entry is called (the core&apos;s ``KINDS``).</extracomment>
        <translation>常量</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>ndarray</source>
        <translation>ndarray</translation>
    </message>
    <message>
        <source>numpy scalar</source>
        <translation>NumPy 标量</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>What each input field is called in a message (the ``field`` value of an explanation).</extracomment>
        <translation>值</translation>
    </message>
    <message>
        <source>Cell value</source>
        <translation>单元格的值</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>axis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>mean ± 10·stddev</source>
        <translation>mean ± 10·stddev</translation>
    </message>
    <message>
        <source>minval, maxval and maxval − minval</source>
        <translation>minval、maxval 以及 maxval − minval</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <extracomment>Values shown with thousands separators. A run of this many characters without a space gets break points. Every code&apos;s translation context and words (English, not filled in).</extracomment>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>ThreeWaysView</name>
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
        <source>Whether the three ways of computing the gradient agree</source>
        <extracomment>Narrowest a column gets before the table is too narrow to read, in pixels. Widest the note gets by its content before it only takes spare room, in pixels.</extracomment>
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
<context>
    <name>ValueView</name>
    <message>
        <source>The selected entry&apos;s values; double-click a cell to change it (a constant will refuse, as in TensorFlow)</source>
        <extracomment>Tables with at most this many columns get columns as wide as their numbers.</extracomment>
        <translation>选中条目的值；双击单元格即可修改（常量会拒绝，与 TensorFlow 中一样）</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>What print() shows for this entry, in TensorFlow&apos;s own format</source>
        <translation>print() 对这个条目的输出，即 TensorFlow 自己的格式</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>打印输出</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热图</translation>
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
        <source>Select a tensor in the workspace list to see its values as colours.</source>
        <translation>在工作区列表中选择一个张量，即可看到用颜色表示的值。</translation>
    </message>
    <message>
        <source>This tensor holds no values: one of its sizes is 0.</source>
        <translation>这个张量没有值：它有一个轴的大小为 0。</translation>
    </message>
    <message>
        <source>The heatmap appears in a moment.</source>
        <translation>热力图马上就会出现。</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <source>Versions</source>
        <extracomment>The packages table&apos;s height range, in pixels.</extracomment>
        <translation>版本</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Installed TensorFlow packages (pip list)</source>
        <translation>已安装的 TensorFlow 软件包（pip list）</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Versions of the lab and of TensorFlow</source>
        <translation>本实验和 TensorFlow 的版本</translation>
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
        <source>Save scr&amp;eenshot…</source>
        <translation>保存截图(&amp;E)…</translation>
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
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the lesson: beside the panel, or over it when the window is narrow</source>
        <translation>显示或隐藏课程：窗口够宽时在面板旁边，窗口较窄时覆盖在面板上</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text in the controls, the lesson and the plots (for a projector)</source>
        <translation>放大控件、课程和图表中的文字（适合投影仪）</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text in the controls, the lesson and the plots</source>
        <translation>缩小控件、课程和图表中的文字</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>文字恢复正常大小</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
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
</context>
<context>
    <name>WorkspaceList</name>
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
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>The workspace: every tensor, variable and NumPy array made so far; select one to view it</source>
        <translation>工作区：目前创建的所有张量、变量和 NumPy 数组；选中一个即可查看</translation>
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
        <source>Depends on an unseeded random draw: the code gives other numbers when run again.</source>
        <translation>依赖于未设种子的随机抽取：再次运行代码会得到不同的数。</translation>
    </message>
</context>
</TS>
