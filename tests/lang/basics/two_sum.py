# Two Sum with a dict: the classic interview question, several ways.
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []


def two_sum_all(nums, target):
    """Every pair of indices whose values add up to target."""
    where = {}
    pairs = []
    for i, n in enumerate(nums):
        for j in where.get(target - n, []):
            pairs.append((j, i))
        where.setdefault(n, []).append(i)
    return pairs


def two_sum_sorted(nums, target):
    order = sorted(range(len(nums)), key=lambda k: nums[k])
    lo, hi = 0, len(order) - 1
    while lo < hi:
        s = nums[order[lo]] + nums[order[hi]]
        if s == target:
            return sorted([order[lo], order[hi]])
        if s < target:
            lo += 1
        else:
            hi -= 1
    return None


cases = [([2, 7, 11, 15], 9), ([3, 2, 4], 6), ([3, 3], 6), ([1, 2, 3], 7),
         ([-1, -2, -3, -4, -5], -8), ([0, 4, 3, 0], 0), ([1, 5, 1, 5], 6)]
for nums, target in cases:
    print(nums, target, two_sum(nums, target), two_sum_all(nums, target), two_sum_sorted(nums, target))
print(two_sum.__doc__, two_sum_all.__doc__)
print(two_sum_all.__name__, two_sum_all.__qualname__)
