using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Domain.Transactions;

public sealed class TransactionOwnersTests
{
    [Fact]
    public void IsOwnedBy_RememberedCharger_IgnoresCaseLikeTheChargerCheck()
    {
        var owners = new TransactionOwners();

        owners.Remember(7, "CP-1");

        Assert.True(owners.IsOwnedBy(7, "cp-1"));
        Assert.False(owners.IsOwnedBy(7, "CP-2"));
        Assert.False(owners.IsOwnedBy(8, "CP-1"));
    }

    [Fact]
    public void Remember_WhenFull_StartsOverInsteadOfGrowing()
    {
        var owners = new TransactionOwners(capacity: 2);
        owners.Remember(1, "CP-1");
        owners.Remember(2, "CP-2");

        owners.Remember(3, "CP-3");

        Assert.False(owners.IsOwnedBy(1, "CP-1"));
        Assert.False(owners.IsOwnedBy(2, "CP-2"));
        Assert.True(owners.IsOwnedBy(3, "CP-3"));
    }
}
