// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title IRewards: a rewards contract CallsOut calls.
interface IRewards {
    function mint(address to, uint256 amount) external;
    function pause() external;
}

/// @title CallsOut: test-only fixed-supply ERC-20 that calls another contract's mint and pause.
/// @notice It has no mint and no pause of its own: claim() calls
/// rewards.mint(caller, 1) and the owner's stopRewards() calls
/// rewards.pause(), so its code pushes the selectors of mint(address,uint256)
/// and pause() for outgoing calls without dispatching them. Used by
/// internal/chain and internal/verify tests: no CONTRACT-MINT or
/// CONTRACT-FREEZE for it.
contract CallsOut is ERC20, Ownable {
    IRewards public rewards;

    constructor(IRewards r, address initialOwner) ERC20("Calls Out", "COUT") Ownable(initialOwner) {
        rewards = r;
        _mint(initialOwner, 1000);
    }

    /// @notice Asks the rewards contract to mint one reward to the caller.
    function claim() external {
        rewards.mint(msg.sender, 1);
    }

    /// @notice Asks the rewards contract to pause.
    function stopRewards() external onlyOwner {
        rewards.pause();
    }
}
