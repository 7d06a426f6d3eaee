using System.CommandLine;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Core.Validation;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen build &lt;file|folder&gt;... --out DIR [--format LIST] [--templates DIR] [--style FILE] [--fonts DIR] [--strict] [--jobs N] [--force] [--html-fragment]</c>:
/// writes <c>DIR/&lt;input stem&gt;.&lt;format&gt;</c> for every valid input. Templates are parsed once per run;
/// a template error stops the run before any document is written. Departments are built in parallel
/// and skipped when unchanged since their last build into DIR (see <see cref="BatchBuild"/>).
/// </summary>
internal sealed class BuildCommand : ICliCommand
{
    private static readonly string[] PreferredFormats = ["docx", "pdf"];

    private readonly IReadOnlyList<IDocumentRenderer> _renderers;
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly ILogger _logger;

    public BuildCommand(IEnumerable<IDocumentRenderer> renderers, ILoggerFactory? loggers = null)
        : this(renderers, Console.Out, Console.Error, loggers?.CreateLogger<BuildCommand>())
    {
        HandleSignals = true;
    }

    internal BuildCommand(IEnumerable<IDocumentRenderer> renderers, TextWriter output, TextWriter error, ILogger? logger = null)
    {
        _renderers = [.. renderers];
        _out = output;
        _err = error;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The formats a build can write (completion of --format; the renderers registered decide at run time).</summary>
    internal static readonly string[] KnownFormats = ["docx", "pdf", "html", "xlsx", "txt", Html.HtmlFragmentRenderer.FormatName];

    internal sealed class Syntax : CliSyntax
    {
        public readonly Argument<string[]> Inputs = CliOptions.Inputs("文件|文件夹", "预算数据文件（.json）；或文件夹，处理其中的 *.json 文件（不含子文件夹）。可写多个");
        public readonly Option<string> Out = CliOptions.Value("--out", "文件夹", "输出文件夹（必填），写入 文件夹/<数据文件名>.<格式>");
        public readonly Option<string> Format = CliOptions.Value("--format", "格式,...", $"要生成的格式，用逗号分隔（默认 docx,pdf）。可用：{string.Join("、", KnownFormats)}");
        public readonly Option<string> Templates = CliOptions.Value("--templates", "文件夹", "模板文件夹（默认当前文件夹下的 templates，没有时用程序自带的模板）");
        public readonly Option<string> Style = CliOptions.Value("--style", "文件", "样式表（默认模板文件夹中的 style.json）");
        public readonly Option<string[]> Fonts = CliOptions.Repeatable("--fonts", "文件夹", "另外查找字体的文件夹，先于系统字体（例如放有仿宋_GB2312、方正小标宋简体的文件夹）；可写多次");
        public readonly Option<bool> Strict = CliOptions.Flag("--strict", "数据校验的警告也按错误处理（有警告的部门不生成）");
        public readonly Option<int?> Jobs = CliOptions.Integer("--jobs", "数量", "同时生成的部门数（默认为 CPU 核数）", 1, MaxJobs, "同时生成的部门数");
        public readonly Option<bool> Force = CliOptions.Flag("--force", "全部重新生成（默认跳过数据、模板、样式表和程序都没有变化的部门）");
        public readonly Option<bool> HtmlFragment = CliOptions.Flag("--html-fragment", "另外写出网页片段 <数据文件名>.fragment.html（只有正文和内联样式，供粘贴到网站编辑器）");

        public Syntax()
            : base("build", "由数据和模板生成部门预算情况说明（Word、PDF、网页、Excel 附表、文本）")
        {
            Format.CompletionSources.Add(KnownFormats);
            Add(Inputs);
            Add(Out);
            Add(Format);
            Add(Templates);
            Add(Style);
            Add(Fonts);
            Add(Strict);
            Add(Jobs);
            Add(Force);
            Add(HtmlFragment);
        }

        public override IReadOnlyList<string> UsageLines => ["build <文件|文件夹>... --out <文件夹> [选项]"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("把 data 文件夹中所有部门的数据生成 Word 和 PDF，写入 output 文件夹", "build data/ --out output"),
            ("只生成一个部门的 Word、PDF 和 Excel 附表", "build data/政务办2024.json --out output --format docx,pdf,xlsx"),
            ("生成网页和供粘贴到网站编辑器的片段", "build data/ --out 网站 --format html --html-fragment"),
            ("优先使用“公文字体”文件夹中的字体（仿宋_GB2312 等），并全部重新生成", "build data/ --out output --fonts 公文字体 --force"),
        ];

        public override IReadOnlyList<string> Notes =>
        [
            "数据有错误的部门不生成文档，并删除它以前生成的同名文档；其他部门照常生成。模板有错误时不生成任何文档。",
            "磁盘已满或文件夹只读时，原有文档保持不变。按 Ctrl+C 会在进行中的部门完成后停止，重新运行即可接着生成。",
            "输出文件夹中的 .reportgen-manifest.json 记录每个部门上次生成时各输入和输出文件的哈希值，据此跳过没有变化的部门。",
            "数据文件名以 - 开头时，把它写在 -- 之后：reportgen build --out output -- -x.json",
            "退出码：0 全部生成（或没有变化），1 有数据、模板或生成错误，2 用法错误、文件无法读取、输出文件夹无法写入或没有找到输入文件，130 被中断",
        ];
    }

    /// <summary>The most departments built at once that --jobs accepts.</summary>
    internal const int MaxJobs = 256;

    private IEnumerable<string> Available => _renderers.Select(r => r.Format).Order(StringComparer.Ordinal);

    private IReadOnlyList<string> DefaultFormats
    {
        get
        {
            var preferred = PreferredFormats.Where(f => _renderers.Any(r => r.Format == f)).ToList();
            return preferred.Count > 0 ? preferred : [.. Available.Take(1)];
        }
    }

    /// <summary>Parses <paramref name="args"/> (after "build") and runs; a usage error is thrown.</summary>
    public int Run(string[] args) => CommandRegistry.RunAlone(this, new Syntax(), args, _out);

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var inputs = parse.GetValue(syntax.Inputs) ?? [];
        if (inputs.Length == 0)
        {
            throw new UsageException("请指定至少一个数据文件或文件夹");
        }
        var outDir = parse.GetValue(syntax.Out) ?? throw new UsageException("缺少 --out <文件夹>（输出文件夹）");
        var jobs = BatchBuild.Jobs(parse.GetValue(syntax.Jobs)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var renderers = SelectRenderers(parse.GetValue(syntax.Format), parse.GetValue(syntax.HtmlFragment));
        var templateFiles = PipelineSetup.Templates(parse.GetValue(syntax.Templates));
        var styleFile = PipelineSetup.Style(parse.GetValue(syntax.Style), templateFiles);
        StyleSheet style;
        using (StageTrace.Stage("style.load"))
        {
            style = PipelineSetup.LoadStyle(styleFile);
        }
        var (files, problems) = InputFiles.Expand(inputs);
        problems.ForEach(_err.WriteLine);
        if (files.Count == 0)
        {
            _err.WriteLine("没有找到要处理的 .json 文件");
            return ExitCodes.Usage;
        }

        TemplateSet templates;
        using (StageTrace.Stage("templates.load"))
        {
            templates = TemplateSet.Load(templateFiles);
        }
        if (templates.HasErrors)
        {
            templates.Diagnostics.ToList().ForEach(d => _out.WriteLine(d.ToString()));
            _out.WriteLine($"模板有 {templates.Diagnostics.Count(d => d.IsError)} 个错误，未生成任何文档。");
            return ExitCodes.Failed;
        }
        var validation = ValidationOptions.Default with { WarningsAsErrors = parse.GetValue(syntax.Strict) };
        var renderOptions = PipelineSetup.RenderOptionsFromEnvironment() with { FontDirectories = PipelineSetup.FontDirectories(parse.GetValue(syntax.Fonts) ?? []) };
        var timed = _logger.IsEnabled(LogLevel.Debug) ? renderers.Select(RenderTimings.Timed).ToList() : renderers;
        // Fewer departments than jobs (one document built at the desk): the cores left over render its formats side by side.
        var pipeline = new DocumentPipeline(new TemplateRenderer(templates), style, timed, renderOptions, validation, Files) { FormatsInParallel = files.Count < jobs };
        BuildFingerprint fingerprint;
        using (StageTrace.Stage("fingerprint"))
        {
            fingerprint = BuildFingerprint.Compute(templateFiles, styleFile, renderers, validation, renderOptions);
        }
        var batch = new BatchOptions { OutDir = outDir, Formats = [.. renderers.Select(r => r.Format)], Jobs = jobs, Force = parse.GetValue(syntax.Force) };
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(Interrupt);
        using var sigint = HandleSignals ? PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, interrupt)) : null;
        using var sigterm = HandleSignals ? PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, interrupt)) : null;
        int exit;
        using (StageTrace.Stage("batch"))
        {
            exit = BatchBuild.Run(pipeline, fingerprint, batch, files, problems.Count > 0, _out, _err, _logger, interrupt.Token, Files);
        }
        StageTrace.Counters();
        return exit;
    }

    /// <summary>Stops the run in tests as Ctrl+C does.</summary>
    internal CancellationToken Interrupt { get; init; }

    /// <summary>Where outputs are written (tests inject faults here).</summary>
    internal OutputFiles Files { get; init; } = OutputFiles.System;

    /// <summary>True in the real program: Ctrl+C and SIGTERM stop the run cleanly.</summary>
    internal bool HandleSignals { get; init; }

    /// <summary>
    /// The first Ctrl+C (or SIGTERM) lets the departments under way finish, starts no more, and ends with
    /// the summary; a second one ends the process at once (the next run removes its temporary files).
    /// </summary>
    private void Stop(PosixSignalContext context, CancellationTokenSource interrupt)
    {
        if (interrupt.IsCancellationRequested)
        {
            return;
        }
        context.Cancel = true;
        interrupt.Cancel();
        _err.WriteLine("收到中断信号：正在完成进行中的部门，不再开始新的部门（再按一次 Ctrl+C 立即退出）……");
    }

    private static string Hint(string suggestion) => suggestion.Length > 0 ? $"（{suggestion}）" : "";

    /// <summary>The renderers of --format; --html-fragment adds the fragment format ("fragment.html").</summary>
    private List<IDocumentRenderer> SelectRenderers(string? list, bool htmlFragment)
    {
        var names = list is null
            ? DefaultFormats
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).Distinct().ToList();
        if (htmlFragment && !names.Contains(Html.HtmlFragmentRenderer.FormatName))
        {
            names = [.. names, Html.HtmlFragmentRenderer.FormatName];
        }
        if (names.Count == 0)
        {
            throw new UsageException("--format 至少要有一个格式");
        }
        var result = new List<IDocumentRenderer>();
        foreach (var name in names)
        {
            result.Add(_renderers.FirstOrDefault(r => r.Format == name)
                ?? throw new UsageException($"不支持的格式“{name}”{Hint(UsageErrors.Suggestion(name, Available))}，可用：{string.Join("、", Available)}"));
        }
        return result;
    }
}
