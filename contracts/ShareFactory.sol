// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {ShareToken} from "./ShareToken.sol";

/// @title ShareFactory: deploys ShareToken clones (EIP-1167 minimal proxies).
/// @notice Each token is a clone of one ShareToken implementation, set up in
/// the same transaction. Test-only.
contract ShareFactory {
    event ShareCreated(address indexed token, address indexed implementation);

    address public immutable implementation;

    constructor(address implementation_) {
        implementation = implementation_;
    }

    /// @notice Clones the implementation and initializes the clone.
    function create(
        string memory name_,
        string memory symbol_,
        address initialOwner,
        address holder,
        uint256 supply
    ) external returns (address token) {
        token = Clones.clone(implementation);
        ShareToken(token).initialize(name_, symbol_, initialOwner, holder, supply);
        emit ShareCreated(token, implementation);
    }
}
