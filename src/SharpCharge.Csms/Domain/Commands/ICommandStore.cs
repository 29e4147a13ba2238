namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Where the command history is kept.</summary>
internal interface ICommandStore
{
    /// <summary>Stores a new command (outcome Pending) and returns its id.</summary>
    Task<long> InsertAsync(CommandRecord command, CancellationToken cancellationToken);

    /// <summary>Sets the request id the command was sent with.</summary>
    Task SetRequestIdAsync(long id, int requestId, CancellationToken cancellationToken);

    /// <summary>Stores how the command ended.</summary>
    Task CompleteAsync(long id, CommandReply reply, CancellationToken cancellationToken);

    Task SetTransactionAsync(long id, long transactionId, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the follow-up status of the newest command of <paramref name="chargerId"/> among <paramref name="commands"/>
    /// with this request id (any, when null). Returns false when there is none.
    /// </summary>
    Task<bool> SetFollowUpAsync(
        string chargerId, IReadOnlyList<string> commands, int? requestId, string status, DateTimeOffset at, CancellationToken cancellationToken);

    Task<CommandRecord?> GetAsync(long id, CancellationToken cancellationToken);

    Task<int> CountAsync(string? chargerId, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<CommandRecord>> ListAsync(string? chargerId, int offset, int limit, CancellationToken cancellationToken);
}
