using ReportGen.Core.Rendering;
using ReportGen.Docx.Tests;
using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>The same document gives the same bytes, whenever it is rendered (nothing time-dependent is written).</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void The_same_document_gives_the_same_page_and_fragment_at_any_time()
    {
        var early = new RenderOptions { Timestamp = new DateTimeOffset(2024, 1, 15, 8, 30, 0, TimeSpan.Zero) };
        var late = new RenderOptions { Timestamp = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero) };
        var first = RealDocuments.Reference();
        var second = RealDocuments.Reference();
        Assert.Equal(Rendered.Page(first, early), Rendered.Page(second, late));
        Assert.Equal(Rendered.Page(first, RenderOptions.Default), Rendered.Page(second, early));
        Assert.Equal(Rendered.Fragment(first, early), Rendered.Fragment(second, late));
    }
}
