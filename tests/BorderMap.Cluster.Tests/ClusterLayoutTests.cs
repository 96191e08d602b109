using BorderMap.Cluster;

namespace BorderMap.Cluster.Tests;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ClusterLayoutTests
{
    [Fact]
    public void A_checkout_others_can_enter_keeps_its_cluster_under_dot_data()
    {
        var root = Directory.CreateTempSubdirectory("bm-open-").FullName;
        File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        Assert.Equal(Path.Combine(root, ".data", "pg"), ClusterLayout.ForCheckout(root, serverRunsAsOtherUser: true).DataDirectory);
    }

    [Fact]
    public void A_checkout_under_a_closed_folder_moves_its_cluster_to_var_tmp_keyed_by_path()
    {
        var closed = Directory.CreateTempSubdirectory("bm-closed-").FullName;
        File.SetUnixFileMode(closed, (UnixFileMode)0b111_000_000);
        var root = Directory.CreateDirectory(Path.Combine(closed, "checkout")).FullName;
        var other = Directory.CreateDirectory(Path.Combine(closed, "other")).FullName;

        var layout = ClusterLayout.ForCheckout(root, serverRunsAsOtherUser: true);
        Assert.StartsWith("/var/tmp/bordermap-", layout.BaseDirectory);
        Assert.NotEqual(layout.BaseDirectory, ClusterLayout.ForCheckout(other, serverRunsAsOtherUser: true).BaseDirectory);
        Assert.Equal(layout, ClusterLayout.ForCheckout(root, serverRunsAsOtherUser: true));
        // the same user as the server can always use the checkout itself
        Assert.Equal(Path.Combine(root, ".data"), ClusterLayout.ForCheckout(root, serverRunsAsOtherUser: false).BaseDirectory);
    }
}
