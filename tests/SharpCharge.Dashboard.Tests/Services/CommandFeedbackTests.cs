using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Dashboard.Tests.Services;

public sealed class CommandFeedbackTests
{
    [Theory]
    [InlineData("Success", CommandFeedback.Accepted)]
    [InlineData("Rejected", CommandFeedback.Rejected)]
    [InlineData("Timeout", CommandFeedback.Timeout)]
    [InlineData("Offline", CommandFeedback.Error)]
    [InlineData("CallError", CommandFeedback.Error)]
    [InlineData("NotSupported", CommandFeedback.Error)]
    public void From_Outcome_GivesTheStateThePageColours(string outcome, string state)
    {
        var reply = new CommandReply(Enum.Parse<CommandOutcome>(outcome));

        Assert.Equal(state, CommandFeedback.From(new CommandResult(1, reply)).State);
    }

    [Fact]
    public void From_Rejection_SaysTheChargersStatusAndReason()
    {
        var feedback = CommandFeedback.From(new CommandResult(1, CommandReply.Answered(false, "UnlockFailed", "cable stuck")));

        Assert.Equal("The charger refused (UnlockFailed): cable stuck.", feedback.Message);
    }

    [Fact]
    public void From_CallError_NamesTheOcppErrorCode()
    {
        var reply = new CommandReply(CommandOutcome.CallError) { ErrorCode = "NotImplemented", Detail = "no such action" };

        Assert.Equal("The charger answered with the error NotImplemented: no such action.", CommandFeedback.From(new CommandResult(1, reply)).Message);
    }
}
