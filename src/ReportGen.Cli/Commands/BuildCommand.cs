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
/// <c>reportgen build &lt;file|folder&gt;... --out DIR [--format LIST] [--templates DIR] [--style FILE] [--fonts DIR] [--strict] [--jobs N] [--force]</c>:
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

    public string Name => "build";
    public string Summary => "由数据和模板生成部门预算情况说明（txt、docx、pdf）";
    public string Usage => $"""
        用法：reportgen build <文件|文件夹>... --out DIR [--format LIST] [--templates DIR] [--style FILE] [--fonts DIR] [--strict] [--jobs N] [--force]
          文件夹：处理其中的 *.json 文件（不含子文件夹）
          --out DIR        输出文件夹，写入 DIR/<输入文件名>.<格式>
          --format LIST    逗号分隔的格式，可用：{string.Join(",", Available)}（默认 {string.Join(",", DefaultFormats)}）
          --templates DIR  模板文件夹（默认当前目录下的 templates/，没有则用程序旁的 templates/）
          --style FILE     样式表（默认模板文件夹中的 style.json）
          --fonts DIR      另外查找字体的文件夹（可多次指定；例如放有仿宋_GB2312、方正小标宋简体等字体文件的文件夹），先于系统字体
          --strict         数据校验的警告也按错误处理
          --jobs N         同时生成的部门数（默认为 CPU 核数）
          --force          全部重新生成（默认跳过数据、模板、样式表和程序都未变化的部门）
          --html-fragment  另外写出网页片段 DIR/<输入文件名>.fragment.html（只有正文和内联样式，供粘贴到网站编辑器）
        数据有错误的文件不生成文档，并删除其以前生成的同名文档；模板有错误时不生成任何文档；
        磁盘已满等机器故障时保留原有文档。按 Ctrl+C 会在进行中的部门完成后停止，重新运行即可接着生成。
        DIR/.reportgen-manifest.json 记录每个部门上次生成时各输入和各输出文件的哈希值。
        退出码：0 全部生成（或未变化），1 有数据、模板或生成错误，2 用法错误、文件无法读取、输出文件夹无法写入或没有找到输入文件，130 被中断
        """;

    private IEnumerable<string> Available => _renderers.Select(r => r.Format).Order(StringComparer.Ordinal);

    private IReadOnlyList<string> DefaultFormats
    {
        get
        {
            var preferred = PreferredFormats.Where(f => _renderers.Any(r => r.Format == f)).ToList();
            return preferred.Count > 0 ? preferred : [.. Available.Take(1)];
        }
    }

    public int Run(string[] args)
    {
        var line = CommandLine.Parse(args, ["out", "format", "templates", "style", "jobs", "fonts"], ["strict", "force", "html-fragment"]);
        if (line.HelpRequested)
        {
            _out.WriteLine(Usage);
            return ExitCodes.Ok;
        }
        if (line.Positional.Count == 0)
        {
            throw new UsageException("请指定至少一个数据文件或文件夹");
        }
        var outDir = line.Value("out") ?? throw new UsageException("缺少 --out DIR");
        var jobs = BatchBuild.Jobs(line.Value("jobs"));
        var renderers = SelectRenderers(line.Value("format"), line.Has("html-fragment"));
        var (templateDir, templateDisplay) = PipelineSetup.TemplateDirectory(line.Value("templates"));
        var stylePath = line.Value("style") ?? Path.Combine(templateDir, "style.json");
        StyleSheet style;
        using (StageTrace.Stage("style.load"))
        {
            style = PipelineSetup.LoadStyle(stylePath);
        }
        var (files, problems) = InputFiles.Expand(line.Positional);
        problems.ForEach(_err.WriteLine);
        if (files.Count == 0)
        {
            _err.WriteLine("没有找到要处理的 .json 文件");
            return ExitCodes.Usage;
        }

        TemplateSet templates;
        using (StageTrace.Stage("templates.load"))
        {
            templates = TemplateSet.Load(templateDir, templateDisplay);
        }
        if (templates.HasErrors)
        {
            templates.Diagnostics.ToList().ForEach(d => _out.WriteLine(d.ToString()));
            _out.WriteLine($"模板有 {templates.Diagnostics.Count(d => d.IsError)} 个错误，未生成任何文档。");
            return ExitCodes.Failed;
        }
        var validation = ValidationOptions.Default with { WarningsAsErrors = line.Has("strict") };
        var renderOptions = PipelineSetup.RenderOptionsFromEnvironment() with { FontDirectories = PipelineSetup.FontDirectories(line.Values("fonts")) };
        var timed = _logger.IsEnabled(LogLevel.Debug) ? renderers.Select(RenderTimings.Timed).ToList() : renderers;
        // Fewer departments than jobs (one document built at the desk): the cores left over render its formats side by side.
        var pipeline = new DocumentPipeline(new TemplateRenderer(templates), style, timed, renderOptions, validation, Files) { FormatsInParallel = files.Count < jobs };
        BuildFingerprint fingerprint;
        using (StageTrace.Stage("fingerprint"))
        {
            fingerprint = BuildFingerprint.Compute(templateDir, stylePath, renderers, validation, renderOptions);
        }
        var batch = new BatchOptions { OutDir = outDir, Formats = [.. renderers.Select(r => r.Format)], Jobs = jobs, Force = line.Has("force") };
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
                ?? throw new UsageException($"不支持的格式“{name}”，可用：{string.Join("、", Available)}"));
        }
        return result;
    }
}
