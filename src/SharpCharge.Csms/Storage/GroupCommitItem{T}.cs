namespace SharpCharge.Csms.Storage;

/// <inheritdoc />
internal sealed class GroupCommitItem<T> : GroupCommitItem
{
    private readonly Func<GroupCommitContext, CancellationToken, Task<T>> _work;
    private readonly CancellationToken _callerToken;

    // Continuations run on the pool, never inline on the writer loop, so a slow caller cannot stall the next batch.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public GroupCommitItem(Func<GroupCommitContext, CancellationToken, Task<T>> work, bool usesDeferredStatements, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
        UsesDeferredStatements = usesDeferredStatements;
        _callerToken = callerToken;
    }

    public Task<T> Task => _completion.Task;

    public CancellationToken CallerToken => _callerToken;

    public override bool UsesDeferredStatements { get; }

    public override async Task ExecuteAsync(GroupCommitContext context, CancellationToken cancellationToken) =>
        _result = await _work(context, cancellationToken).ConfigureAwait(false);

    public override void Complete() => _completion.TrySetResult(_result!);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    public override bool TryCancel() => _callerToken.IsCancellationRequested && _completion.TrySetCanceled(_callerToken);
}
