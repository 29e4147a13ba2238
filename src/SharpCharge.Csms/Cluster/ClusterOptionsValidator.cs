using Microsoft.Extensions.Options;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Cluster;

/// <summary>
/// Checks <see cref="ClusterOptions"/> at start: the data annotations, and, when cluster mode is on, what only makes
/// sense together (the PostgreSQL store, a node id, a broker URI, a renewal well inside the lease).
/// </summary>
internal sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    private readonly ClusterOptionsAnnotations _annotations = new();
    private readonly IOptions<StorageOptions> _storage;

    public ClusterOptionsValidator(IOptions<StorageOptions> storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var annotations = _annotations.Validate(name, options);
        if (annotations.Failed || !options.Enabled)
        {
            return annotations;
        }

        var failures = new List<string>();
        if (_storage.Value.Provider != StorageProvider.Postgres)
        {
            failures.Add("Cluster:Enabled needs the shared PostgreSQL database: set Storage:Provider to Postgres and Storage:ConnectionString.");
        }

        if (!IsValidNodeId(options.NodeId))
        {
            failures.Add($"Cluster:NodeId '{options.NodeId}' is not usable: use 1 to 64 letters, digits, '-', '_' or '.', unique per node.");
        }

        if (string.IsNullOrWhiteSpace(options.RabbitMqUri))
        {
            failures.Add("Cluster:RabbitMqUri is required when Cluster:Enabled is true, e.g. amqp://user:password@host:5672/.");
        }
        else if (!Uri.TryCreate(options.RabbitMqUri, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            failures.Add("Cluster:RabbitMqUri must be an absolute amqp:// or amqps:// URI, e.g. amqp://user:password@host:5672/.");
        }

        if (options.LeaseRenewInterval * 2 > options.NodeLease)
        {
            failures.Add($"Cluster:LeaseRenewInterval ({options.LeaseRenewInterval}) must be at most half of Cluster:NodeLease ({options.NodeLease}), so one late renewal does not declare the node dead.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsValidNodeId(string? nodeId) =>
        !string.IsNullOrEmpty(nodeId) && nodeId.Length <= 64 && nodeId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
