namespace ReportGen.Web.Tests;

/// <summary>What a clerk who double-clicked the program sees first: an empty data folder, named in full, and what to do.</summary>
public sealed class EmptyFolderTests : IDisposable
{
    private readonly Site _site = new();
    private readonly SiteFactory _factory;

    public EmptyFolderTests()
    {
        foreach (var file in Directory.GetFiles(_site.Data))
        {
            File.Delete(file);
        }
        _factory = new SiteFactory(_site);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task The_home_page_says_where_the_folder_is_and_to_upload_or_copy_files_into_it()
    {
        var body = await _factory.CreateClient().GetStringAsync("/");
        Assert.Contains("共 0 个部门", body, StringComparison.Ordinal);
        Assert.Contains($"把各部门的数据文件复制到 <code>{System.Net.WebUtility.HtmlEncode(Path.GetFullPath(_site.Data))}</code> 后刷新本页", body, StringComparison.Ordinal);
        Assert.Contains("用上面的“上传数据文件”即可", body, StringComparison.Ordinal);
    }
}
