namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// How many of a write's rows were new. A store may send the write together with others just before the commit, so
/// the figure is final only once <see cref="ITransactionStore.ExecuteAsync"/> has returned.
/// </summary>
internal sealed class WrittenCount
{
    public int Value { get; private set; }

    public static WrittenCount Of(int value) => new() { Value = value };

    public void Add(int rows) => Value += rows;
}
