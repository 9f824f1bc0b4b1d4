name = input('Name? ')
age = int(input('Age? '))
print(f'\nHello {name}, next year you are {age + 1}')
rest = input()
print(repr(rest))
try:
    input('more? ')
except EOFError as e:
    print('EOFError:', e)
