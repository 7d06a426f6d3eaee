namespace ReportGen.Web;

/// <summary>
/// Starts the web app on its own, options from configuration (<c>--ReportGen:Data DIR</c> …); what
/// WebApplicationFactory starts in the tests. Users start it with <c>reportgen serve</c>.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args) => WebApp.Create(args).Run();
}
