namespace BorderMap.Cluster;

/// <summary>The private cluster could not be prepared; the message says what to do.</summary>
public sealed class ClusterException(string message, Exception? inner = null) : Exception(message, inner);
