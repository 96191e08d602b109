using System.Security.Cryptography;
using System.Text;

namespace BorderMap.Cluster;

/// <summary>
/// Where a checkout keeps its private PostgreSQL cluster: <c>.data/pg</c> under the checkout, or,
/// when the <c>postgres</c> user cannot reach the checkout (root's home is mode 700), a folder
/// under /var/tmp keyed by the checkout's path so two checkouts never share a cluster.
/// </summary>
public sealed record ClusterLayout(string BaseDirectory)
{
    public string DataDirectory => Path.Combine(BaseDirectory, "pg");
    public string PasswordFile => Path.Combine(BaseDirectory, "pg.secret");
    public string LockFile => Path.Combine(BaseDirectory, "pg.lock");
    public string ServerLog => Path.Combine(DataDirectory, "server.log");
    public string SettingsFile => Path.Combine(DataDirectory, "bordermap.conf");

    public static ClusterLayout ForCheckout(string checkoutRoot, bool serverRunsAsOtherUser)
    {
        var local = Path.Combine(checkoutRoot, ".data");
        if (!serverRunsAsOtherUser || OthersCanTraverse(checkoutRoot))
            return new ClusterLayout(local);

        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(checkoutRoot))))[..12];
        return new ClusterLayout(Path.Combine("/var/tmp", $"bordermap-{key}"));
    }

    /// <summary>Finds the checkout by walking up from <paramref name="start"/> to the folder holding BorderMap.sln.</summary>
    public static string? FindCheckoutRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderMap.sln")))
                return dir.FullName;
        }
        return null;
    }

    private static bool OthersCanTraverse(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
        {
            if (!dir.Exists) continue;
            if ((dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
                return false;
        }
        return true;
    }
}
