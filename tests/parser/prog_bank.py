class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest_rate: float = 0.02
    _next_id = 1

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history: list[tuple[str, float]] = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", -amount))
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted")


accounts = [Account(name, bal) for name, bal in [("ann", 100), ("bob", 50)]]
transfer(*accounts, 30)
print(sorted(accounts, key=lambda a: a.balance, reverse=True))
