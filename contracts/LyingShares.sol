// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title LyingShares: test-only ERC-20 whose balanceOf can be made to lie.
/// @notice Used by internal/chain tests to check that a ledger mismatch is found.
contract LyingShares is ERC20 {
    mapping(address => uint256) private _lies;
    mapping(address => bool) private _lying;

    constructor() ERC20("Lying Shares", "LIE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice From now on balanceOf(account) reports amount.
    function lie(address account, uint256 amount) external {
        _lies[account] = amount;
        _lying[account] = true;
    }

    function balanceOf(address account) public view override returns (uint256) {
        if (_lying[account]) return _lies[account];
        return super.balanceOf(account);
    }
}
