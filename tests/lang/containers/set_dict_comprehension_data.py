# Realistic data crunching with sets and dicts.
enrollments = [
    ("ann", "math"), ("bob", "math"), ("ann", "art"), ("cy", "bio"),
    ("bob", "bio"), ("dee", "math"), ("cy", "math"), ("ann", "bio"),
]
students = {}
courses = {}
for who, course in enrollments:
    students.setdefault(who, set()).add(course)
    courses.setdefault(course, set()).add(who)
print({k: sorted(v) for k, v in students.items()})
print({k: sorted(v) for k, v in courses.items()})
everyone = set(students)
print(sorted(everyone - courses["math"]), sorted(courses["math"] & courses["bio"]))
print(sorted(courses["math"] ^ courses["bio"]), sorted(courses["art"] | courses["bio"]))
common = set.intersection(*students.values())
print(common, sorted(set.union(*students.values())))
pairs = {(a, b) for a in everyone for b in everyone if a < b and students[a] & students[b]}
print(sorted(pairs))
load = {c: len(s) for c, s in courses.items()}
print(sorted(load.items(), key=lambda kv: (-kv[1], kv[0])))
