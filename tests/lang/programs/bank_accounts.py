class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class AccountError(ValueError):
    pass

class Account:
    _count = 0
    def __init__(self, owner, balance=0):
        Account._count += 1
        self.id = Account._count
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise AccountError("negative balance")
        self._balance = v
    def deposit(self, amt):
        if amt <= 0:
            raise AccountError(f"invalid amount {amt!r}")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self.balance:.2f})"
    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance
    def __lt__(self, other):
        return self.balance < other.balance
    __hash__ = None

class Savings(Account):
    rate = 0.025
    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))
    def __str__(self):
        return f"Savings of {self.owner}: {self.balance:>10,.2f}"

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amt):
        if amt > self.balance + self.overdraft:
            raise InsufficientFunds(amt, self.balance + self.overdraft)
        self._balance -= amt
        return self

accts = [Savings("ann", 1000), Checking("bob", 50), Account("cy", 300), Savings("dee", 300)]
for a in accts:
    print(repr(a), a.id)
print(str(accts[0]))
accts[0].add_interest()
print(accts[0])
try:
    accts[2].withdraw(500)
except InsufficientFunds as e:
    print("caught", e, e.needed, e.available, e.args)
try:
    accts[2].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, AccountError))
accts[1].withdraw(120)
print(accts[1], accts[1].balance)
try:
    accts[1].balance = -1
except AccountError as e:
    print("err", e)
print(sorted(accts))
print(max(accts), min(accts))
print(accts[2] == accts[3], accts[2] != accts[3], accts[2] == 300)
try:
    hash(accts[0])
except TypeError as e:
    print(e)
try:
    accts[0] <= accts[1]
except TypeError as e:
    print(e)
print(Savings.__mro__)
print(Account.balance.__doc__, type(Account.balance).__name__)
print(accts[0].history)
print({type(a).__name__ for a in accts} == {"Savings", "Checking", "Account"})
print(vars(accts[2]))
try:
    del accts[0].balance
except AttributeError as e:
    print(e)
try:
    accts[0].nosuch
except AttributeError as e:
    print(e)
class Frozen(Account):
    __slots__ = ()
try:
    Account.withdraw(accts[3], 10**6)
except InsufficientFunds as e:
    raise AccountError("transfer failed") from e
