namespace SharpCharge.Csms.Storage;

/// <summary>
/// One queued write of the <see cref="GroupCommitWriter"/>: its work, and the caller waiting for it. The writer loop
/// owns the item from dequeue until it calls exactly one of <see cref="Complete"/>, <see cref="Fail"/> or
/// <see cref="TryCancel"/>.
/// </summary>
internal abstract class GroupCommitItem
{
    /// <summary>
    /// True when the work may leave statements in the <see cref="GroupCommitContext"/> and sends them before running its
    /// own; otherwise the writer sends what earlier items left before running it.
    /// </summary>
    public abstract bool UsesDeferredStatements { get; }

    /// <summary>Runs the work inside the batch transaction; its result is held until <see cref="Complete"/>.</summary>
    public abstract Task ExecuteAsync(GroupCommitContext context, CancellationToken cancellationToken);

    /// <summary>Releases the caller with the result; called only after the transaction committed.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    /// <summary>Drops the item, not yet run, if its caller gave up waiting. True when dropped.</summary>
    public abstract bool TryCancel();
}
