// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title SelfBurn: test-only ERC-20 whose burn(address,uint256) is public.
/// @notice Anyone may burn their own shares, or shares they were allowed to
/// spend (the allowance is spent), as many tokens do: not the privileged
/// burn of T-REX's burn(address,uint256). Used by internal/chain tests: no
/// CONTRACT-FORCED-TRANSFER for it.
contract SelfBurn is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Self Burn", "SBRN") Ownable(initialOwner) {
        _mint(initialOwner, 1000);
    }

    /// @notice Burns amount of from's shares: the caller's own, or spent from
    /// the allowance from gave the caller.
    function burn(address from, uint256 amount) external {
        if (from != msg.sender) _spendAllowance(from, msg.sender, amount);
        _burn(from, amount);
    }
}
