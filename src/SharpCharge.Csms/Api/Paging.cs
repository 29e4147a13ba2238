using Microsoft.AspNetCore.Http.HttpResults;

namespace SharpCharge.Csms.Api;

/// <summary>
/// The window of a list request, given either as <c>page</c> (from 1) and <c>page_size</c>, or as <c>limit</c> and
/// <c>offset</c>; not both. Default: the first <see cref="DefaultLimit"/> items; at most <see cref="MaxLimit"/> per page.
/// </summary>
internal readonly record struct Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public static bool TryResolve(PagingQuery query, out Paging paging, out ValidationProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (page, pageSize, limit, offset) = (query.Page, query.PageSize, query.Limit, query.Offset);
        paging = new Paging(DefaultLimit, 0);
        problem = null;
        if ((page is not null || pageSize is not null) && (limit is not null || offset is not null))
        {
            problem = ApiProblems.Invalid("page", "Use either page and page_size, or limit and offset, not both.");
            return false;
        }

        var size = pageSize ?? limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
        {
            problem = ApiProblems.Invalid(pageSize is not null ? "page_size" : "limit", $"Must be between 1 and {MaxLimit}.");
            return false;
        }

        if (page is < 1)
        {
            problem = ApiProblems.Invalid("page", "Pages are numbered from 1.");
            return false;
        }

        if (offset is < 0)
        {
            problem = ApiProblems.Invalid("offset", "Cannot be negative.");
            return false;
        }

        var start = page is { } p ? (long)(p - 1) * size : offset ?? 0;
        if (start > int.MaxValue)
        {
            problem = ApiProblems.Invalid(page is not null ? "page" : "offset", "Is too large.");
            return false;
        }

        paging = new Paging(size, (int)start);
        return true;
    }

    public Page<T> Slice<T>(IReadOnlyList<T> all) =>
        new([.. all.Skip(Offset).Take(Limit)], all.Count, Limit, Offset);
}
